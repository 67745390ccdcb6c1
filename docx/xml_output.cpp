#include "docx/xml_output.h"

#include <libxml/xmlsave.h>

namespace dhr {
namespace {

// Length of the valid UTF-8 sequence at s[at], or 0 when it is not one.
size_t Utf8SequenceLength(std::string_view s, size_t at) {
  const auto b = static_cast<unsigned char>(s[at]);
  size_t n;
  unsigned cp;
  if (b < 0x80) return 1;
  if ((b & 0xE0) == 0xC0) { n = 2; cp = b & 0x1F; }
  else if ((b & 0xF0) == 0xE0) { n = 3; cp = b & 0x0F; }
  else if ((b & 0xF8) == 0xF0) { n = 4; cp = b & 0x07; }
  else return 0;
  if (at + n > s.size()) return 0;
  for (size_t i = 1; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[at + i]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  const bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  const bool forbidden = (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || cp == 0xFFFE || cp == 0xFFFF;
  return overlong || forbidden ? 0 : n;
}

void AppendEscaped(std::string& out, std::string_view text, bool attribute) {
  size_t plain = 0;  // start of the run of bytes copied as they are
  auto flush = [&](size_t at) { out.append(text.data() + plain, at - plain); };
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const char* replacement = nullptr;
    size_t length = 1;
    switch (c) {
      case '&': replacement = "&amp;"; break;
      case '<': replacement = "&lt;"; break;
      case '>': replacement = "&gt;"; break;
      case '\r': replacement = "&#13;"; break;
      case '"': if (attribute) replacement = "&quot;"; break;
      case '\n': if (attribute) replacement = "&#10;"; break;
      case '\t': if (attribute) replacement = "&#9;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          replacement = "";  // a control character XML 1.0 cannot hold
        } else if (static_cast<unsigned char>(c) >= 0x80) {
          length = Utf8SequenceLength(text, i);
          if (length == 0) {
            replacement = "\xEF\xBF\xBD";
            length = 1;
          }
        }
    }
    if (replacement) {
      flush(i);
      out += replacement;
      plain = i + length;
    }
    i += length;
  }
  flush(text.size());
}

int AppendToString(void* context, const char* buffer, int length) {
  static_cast<std::string*>(context)->append(buffer, static_cast<size_t>(length));
  return length;
}

}  // namespace

void AppendEscapedText(std::string& out, std::string_view text) { AppendEscaped(out, text, false); }
void AppendEscapedAttribute(std::string& out, std::string_view value) { AppendEscaped(out, value, true); }

std::string QualifiedName(const xmlNode* node) {
  std::string name;
  if (node->ns && node->ns->prefix) {
    name = reinterpret_cast<const char*>(node->ns->prefix);
    name += ':';
  }
  return name + reinterpret_cast<const char*>(node->name);
}

void AppendStartTag(std::string& out, const xmlNode* element) {
  out += '<';
  out += QualifiedName(element);
  for (const xmlNs* ns = element->nsDef; ns; ns = ns->next) {
    out += ns->prefix ? " xmlns:" + std::string(reinterpret_cast<const char*>(ns->prefix)) : std::string(" xmlns");
    out += "=\"";
    AppendEscapedAttribute(out, ns->href ? reinterpret_cast<const char*>(ns->href) : "");
    out += '"';
  }
  for (const xmlAttr* a = element->properties; a; a = a->next) {
    out += ' ';
    out += QualifiedName(reinterpret_cast<const xmlNode*>(a));
    out += "=\"";
    xmlChar* value = xmlNodeListGetString(element->doc, a->children, 1);
    AppendEscapedAttribute(out, value ? reinterpret_cast<const char*>(value) : "");
    xmlFree(value);
    out += '"';
  }
  out += '>';
}

void AppendEndTag(std::string& out, const xmlNode* element) {
  out += "</";
  out += QualifiedName(element);
  out += '>';
}

void AppendSubtree(std::string& out, xmlNode* node) {
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(AppendToString, nullptr, &out, nullptr);
  if (!buffer) return;
  xmlNodeDumpOutput(buffer, node->doc, node, 0, 0, "UTF-8");
  xmlOutputBufferClose(buffer);
}

std::string XmlDeclaration(const xmlDoc* doc) {
  std::string out = "<?xml version=\"";
  out += doc->version ? reinterpret_cast<const char*>(doc->version) : "1.0";
  out += "\" encoding=\"UTF-8\"";
  if (doc->standalone == 0) out += " standalone=\"no\"";
  if (doc->standalone == 1) out += " standalone=\"yes\"";
  return out + "?>\n";
}

}  // namespace dhr
