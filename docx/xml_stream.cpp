#include "docx/xml_stream.h"

#include <libxml/xmlsave.h>

#include <cstring>

namespace dhr {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Where the markup starting at `from` ('<') ends: just after its '>', quotes respected; npos when
// the bytes end first.
size_t TagEnd(std::string_view bytes, size_t from) {
  // Most tags hold no '>' inside a quoted value: the first '>' ends them unless a quote opens before it.
  const char* begin = bytes.data() + from;
  const auto* gt = static_cast<const char*>(std::memchr(begin, '>', bytes.size() - from));
  if (!gt) return std::string_view::npos;
  const size_t length = static_cast<size_t>(gt - begin);
  const auto* quote = static_cast<const char*>(std::memchr(begin, '"', length));
  if (!quote && !std::memchr(begin, '\'', length)) return from + length + 1;
  for (size_t i = from + 1; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '>') return i + 1;
    if (c == '"' || c == '\'') {
      const size_t close = bytes.find(c, i + 1);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close;
    }
  }
  return std::string_view::npos;
}

size_t AfterTerminator(std::string_view bytes, size_t from, std::string_view terminator) {
  const size_t at = bytes.find(terminator, from);
  return at == std::string_view::npos ? at : at + terminator.size();
}

std::pair<std::string_view, std::string_view> SplitQName(std::string_view qname) {
  const size_t colon = qname.find(':');
  if (colon == std::string_view::npos) return {{}, qname};
  return {qname.substr(0, colon), qname.substr(colon + 1)};
}

// What the markup starting at `begin` (a '<') is. `end` is set to the offset after it, npos when
// it is not terminated; a tag's end is TagEnd's. Comments, CDATA sections and processing
// instructions are passed over by both the reader and ContentEnd.
enum class Markup { kPassedOver, kDoctype, kTag };

Markup ClassifyMarkup(std::string_view bytes, size_t begin, size_t& end) {
  const std::string_view rest = bytes.substr(begin);
  if (rest.substr(0, 4) == "<!--") {
    end = AfterTerminator(bytes, begin + 4, "-->");
    return Markup::kPassedOver;
  }
  if (rest.substr(0, 9) == "<![CDATA[") {
    end = AfterTerminator(bytes, begin + 9, "]]>");
    return Markup::kPassedOver;
  }
  if (rest.substr(0, 2) == "<?") {
    end = AfterTerminator(bytes, begin + 2, "?>");
    return Markup::kPassedOver;
  }
  end = std::string_view::npos;
  if (rest.substr(0, 2) == "<!") return Markup::kDoctype;
  end = TagEnd(bytes, begin);
  return Markup::kTag;
}

}  // namespace

std::string_view XmlTagReader::Resolve(std::string_view prefix) {
  if (prefix == "xml") return ns::kXml;
  // Most tags of a part share one or two prefixes: remember the last, while no declaration changes.
  if (resolved_generation_ == generation_ && prefix == resolved_prefix_) return resolved_uri_;
  std::string_view uri;
  for (size_t i = bindings_.size(); i-- > 0;)
    if (bindings_[i].prefix == prefix) {
      uri = bindings_[i].uri;
      break;
    }
  resolved_prefix_ = prefix;
  resolved_uri_ = uri;
  resolved_generation_ = generation_;
  return uri;
}

// Reads the xmlns attributes of a start tag's body (the text between the name and '>').
bool XmlTagReader::ReadDeclarations(std::string_view body) {
  size_t i = 0;
  while (i < body.size()) {
    while (i < body.size() && (IsSpace(body[i]) || body[i] == '/')) ++i;
    if (i >= body.size()) break;
    const size_t name_begin = i;
    while (i < body.size() && body[i] != '=' && !IsSpace(body[i])) ++i;
    const std::string_view name = body.substr(name_begin, i - name_begin);
    while (i < body.size() && IsSpace(body[i])) ++i;
    if (i >= body.size() || body[i] != '=') return false;
    ++i;
    while (i < body.size() && IsSpace(body[i])) ++i;
    if (i >= body.size() || (body[i] != '"' && body[i] != '\'')) return false;
    const char quote = body[i];
    const size_t close = body.find(quote, i + 1);
    if (close == std::string_view::npos) return false;
    const std::string_view value = body.substr(i + 1, close - i - 1);
    i = close + 1;
    if (name == "xmlns")
      bindings_.push_back({{}, value});
    else if (name.substr(0, 6) == "xmlns:")
      bindings_.push_back({name.substr(6), value});
    else
      continue;
    ++generation_;
  }
  return true;
}

bool XmlTagReader::Next(XmlTag& tag) {
  if (has_pending_pop_) {
    if (bindings_.size() != open_[pending_pop_].bindings) ++generation_;
    bindings_.resize(open_[pending_pop_].bindings);
    open_.resize(pending_pop_);
    has_pending_pop_ = false;
  }
  while (ok_) {
    const void* lt = at_ < bytes_.size() ? std::memchr(bytes_.data() + at_, '<', bytes_.size() - at_) : nullptr;
    if (!lt) {
      ok_ = open_.empty();
      return false;
    }
    const size_t begin = static_cast<const char*>(lt) - bytes_.data();
    size_t end;
    const Markup markup = ClassifyMarkup(bytes_, begin, end);
    if (markup == Markup::kDoctype) {
      ok_ = false;  // a DOCTYPE: never in a part the engine reads
      return false;
    }
    if (markup == Markup::kTag) {
      if (end == std::string_view::npos) break;
      const bool closing = bytes_[begin + 1] == '/';
      const bool empty = !closing && bytes_[end - 2] == '/';
      size_t name_begin = begin + (closing ? 2 : 1);
      size_t name_end = name_begin;
      while (name_end < end - 1 && !IsSpace(bytes_[name_end]) && bytes_[name_end] != '/' && bytes_[name_end] != '>')
        ++name_end;
      const std::string_view qname = bytes_.substr(name_begin, name_end - name_begin);
      if (qname.empty()) break;
      tag.begin = begin;
      tag.end = end;
      if (closing) {
        if (open_.empty() || open_.back().qname != qname) break;
        tag.kind = XmlTag::Kind::kEnd;
        tag.depth = static_cast<int>(open_.size());
        pending_pop_ = open_.size() - 1;
      } else {
        open_.push_back({qname, bindings_.size()});
        const std::string_view body = bytes_.substr(name_end, end - 1 - name_end - (empty ? 1 : 0));
        if (body.find("xmlns") != std::string_view::npos && !ReadDeclarations(body)) break;
        tag.kind = empty ? XmlTag::Kind::kEmpty : XmlTag::Kind::kStart;
        tag.depth = static_cast<int>(open_.size());
        if (empty) pending_pop_ = open_.size() - 1;
      }
      has_pending_pop_ = closing || empty;
      const auto [prefix, local] = SplitQName(qname);
      tag.local = local;
      tag.ns = Resolve(prefix);
      at_ = end;
      return true;
    }
    if (end == std::string_view::npos) break;
    at_ = end;
  }
  ok_ = false;
  return false;
}

namespace {

// The next start or end tag named `qname` whose '<' is at or after `from`: where that '<' is (npos
// when none), `closing` saying which. The name is looked for once (memmem), then the '<' or "</"
// before it and the white space, '/' or '>' after it.
size_t NextNamedTag(std::string_view bytes, std::string_view qname, size_t from, bool& closing) {
  for (size_t at = from + 1; at < bytes.size();) {
    const void* found = memmem(bytes.data() + at, bytes.size() - at, qname.data(), qname.size());
    if (!found) break;
    const size_t name = static_cast<size_t>(static_cast<const char*>(found) - bytes.data());
    const size_t after = name + qname.size();
    at = name + 1;
    if (after >= bytes.size() || !(IsSpace(bytes[after]) || bytes[after] == '>' || bytes[after] == '/')) continue;
    if (bytes[name - 1] == '<') {
      closing = false;
      return name - 1;
    }
    if (bytes[name - 1] == '/' && name >= 2 && bytes[name - 2] == '<' && name - 2 >= from) {
      closing = true;
      return name - 2;
    }
  }
  return std::string_view::npos;
}

}  // namespace

// In well-formed XML an element's end tag is where the start and end tags of its own name balance,
// outside comments, CDATA sections and processing instructions ('<' stands for itself nowhere
// else). Only those tags are looked for, far fewer than all of them in a long table; when the
// content holds any such markup, or the tags do not balance, every tag is counted instead.
size_t XmlTagReader::ContentEndByName() const {
  const std::string_view qname = open_.back().qname;
  size_t depth = 1;
  bool closing = false;
  for (size_t from = at_;;) {
    const size_t at = NextNamedTag(bytes_, qname, from, closing);
    if (at == std::string_view::npos) return at;
    if (closing) {
      if (--depth == 0) {
        if (FindMarkupOpening(bytes_, at_, at, '!') != std::string_view::npos ||
            FindMarkupOpening(bytes_, at_, at, '?') != std::string_view::npos)
          return std::string_view::npos;
        return at;
      }
      from = at + 2 + qname.size();
      continue;
    }
    const size_t end = TagEnd(bytes_, at);
    if (end == std::string_view::npos) return end;
    if (bytes_[end - 2] != '/') ++depth;
    from = end;
  }
}

size_t XmlTagReader::ContentEnd() const {
  if (!ok_ || has_pending_pop_ || open_.empty()) return std::string_view::npos;  // the last tag was no start tag
  if (const size_t by_name = ContentEndByName(); by_name != std::string_view::npos) return by_name;
  size_t depth = 1;
  size_t at = at_;
  while (true) {
    const void* lt = at < bytes_.size() ? std::memchr(bytes_.data() + at, '<', bytes_.size() - at) : nullptr;
    if (!lt) return std::string_view::npos;
    const size_t begin = static_cast<const char*>(lt) - bytes_.data();
    size_t end;
    const Markup markup = ClassifyMarkup(bytes_, begin, end);
    if (markup == Markup::kDoctype) return std::string_view::npos;
    if (markup == Markup::kTag) {
      if (end == std::string_view::npos || end - begin < 3) return std::string_view::npos;
      if (bytes_[begin + 1] == '/') {
        if (--depth == 0) return begin;
      } else if (bytes_[end - 2] != '/') {
        ++depth;
      }
    }
    if (end == std::string_view::npos) return end;
    at = end;
  }
}

void XmlTagReader::SkipContent(size_t content_end) {
  if (content_end != std::string_view::npos && content_end >= at_ && content_end <= bytes_.size()) at_ = content_end;
}

bool TagAttributeNames(std::string_view tag, std::vector<std::string_view>& names) {
  names.clear();
  size_t i = 1;
  while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '/' && tag[i] != '>') ++i;  // the element's name
  while (i < tag.size()) {
    while (i < tag.size() && (IsSpace(tag[i]) || tag[i] == '/' || tag[i] == '>')) ++i;
    if (i >= tag.size()) break;
    const size_t begin = i;
    while (i < tag.size() && tag[i] != '=' && !IsSpace(tag[i])) ++i;
    const std::string_view name = tag.substr(begin, i - begin);
    const size_t quote_at = tag.find_first_of("\"'", i);
    if (name.empty() || quote_at == std::string_view::npos) return false;
    const size_t close = tag.find(tag[quote_at], quote_at + 1);
    if (close == std::string_view::npos) return false;
    i = close + 1;
    names.push_back(name);
  }
  return true;
}

std::string XmlTagReader::NamespaceDeclarations() const {
  std::string out;
  for (size_t i = 0; i < bindings_.size(); ++i) {
    bool shadowed = false;
    for (size_t j = i + 1; j < bindings_.size() && !shadowed; ++j) shadowed = bindings_[j].prefix == bindings_[i].prefix;
    if (shadowed) continue;
    out += bindings_[i].prefix.empty() ? " xmlns=\"" : " xmlns:" + std::string(bindings_[i].prefix) + "=\"";
    out += bindings_[i].uri;
    out += '"';
  }
  return out;
}

Result<XmlDocument> ParseElement(std::string_view element, const std::string& declarations) {
  std::string wrapped;
  wrapped.reserve(element.size() + declarations.size() + 32);
  wrapped += "<fragment";
  wrapped += declarations;
  wrapped += '>';
  wrapped += element;
  wrapped += "</fragment>";
  return XmlDocument::Parse(wrapped, "fragment");
}

xmlNode* FragmentElement(const XmlDocument& fragment) {
  xmlNode* root = fragment.root();
  for (xmlNode* c = root ? root->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) return c;
  return nullptr;
}

std::string SerializeElement(xmlNode* element) {
  if (!element) return {};
  xmlBufferPtr buffer = xmlBufferCreate();
  xmlSaveCtxtPtr save = xmlSaveToBuffer(buffer, "UTF-8", XML_SAVE_NO_DECL);
  xmlSaveTree(save, element);
  xmlSaveClose(save);
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer)), xmlBufferLength(buffer));
  xmlBufferFree(buffer);
  return out;
}

}  // namespace dhr
