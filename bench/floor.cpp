#include "bench/floor.h"

#include <libxml/parser.h>
#include <zip.h>

#include <cstring>
#include <vector>

namespace dhr::bench {
namespace {

bool IsXmlPart(const std::string& name) {
  return (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0) ||
         (name.size() > 5 && name.compare(name.size() - 5, 5, ".rels") == 0);
}

// Walks the tree in document order without recursion (down to children, on to siblings, back up
// through parents).
size_t TextBytes(const xmlNode* root) {
  size_t bytes = 0;
  const xmlNode* node = root;
  while (node) {
    if (node->type == XML_TEXT_NODE && node->content) bytes += std::strlen(reinterpret_cast<const char*>(node->content));
    if (node->children && node->type != XML_ENTITY_REF_NODE) {  // an entity's children are its declaration's
      node = node->children;
      continue;
    }
    while (node && node != root && !node->next) node = node->parent;
    node = node && node != root ? node->next : nullptr;
  }
  return bytes;
}

}  // namespace

size_t BareLibrariesRead(const std::string& docx) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
  zip_t* in = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (!in) {
    zip_source_free(src);
    return 0;
  }
  size_t text = 0;
  const zip_int64_t n = zip_get_num_entries(in, 0);
  std::string data;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(in, i, 0, &st);
    data.assign(st.size, '\0');
    zip_file_t* f = zip_fopen_index(in, i, 0);
    zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (!IsXmlPart(st.name)) continue;
    xmlDocPtr doc = xmlReadMemory(data.data(), static_cast<int>(data.size()), st.name, nullptr, XML_PARSE_NONET);
    if (!doc) continue;
    text += TextBytes(xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);
  }
  zip_close(in);
  return text;
}

size_t BareLibrariesRoundTrip(const std::string& docx) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
  zip_t* in = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (!in) return 0;
  std::vector<std::pair<std::string, std::string>> entries;
  const zip_int64_t n = zip_get_num_entries(in, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(in, i, 0, &st);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(in, i, 0);
    zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    const std::string name = st.name;
    if (IsXmlPart(name)) {
      xmlDocPtr doc = xmlReadMemory(data.data(), static_cast<int>(data.size()), name.c_str(), nullptr, XML_PARSE_NONET);
      xmlChar* mem = nullptr;
      int size = 0;
      xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
      data.assign(reinterpret_cast<char*>(mem), static_cast<size_t>(size));
      xmlFree(mem);
      xmlFreeDoc(doc);
    }
    entries.push_back({name, std::move(data)});
  }
  zip_close(in);

  zip_source_t* out_src = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(out_src);
  zip_t* out = zip_open_from_source(out_src, ZIP_TRUNCATE, &error);
  for (auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(out, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(out, name.c_str(), s, ZIP_FL_ENC_UTF_8);
    zip_set_file_compression(out, index, ZIP_CM_DEFLATE, 6);  // zlib's default level, as dhr writes
  }
  zip_close(out);
  zip_source_open(out_src);
  zip_source_seek(out_src, 0, SEEK_END);
  const size_t size = static_cast<size_t>(zip_source_tell(out_src));
  zip_source_close(out_src);
  zip_source_free(out_src);
  return size;
}

}  // namespace dhr::bench
