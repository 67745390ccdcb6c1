// Embedded files: the bytes of a file found at build time, placed into the program by the
// assembler's .incbin (a megabyte of words stays out of the C++ compiler). Use at namespace scope
// in one .cpp file:
//   DHR_EMBED_FILE(dhr_english_word_list, "/usr/share/dict/british-english")
// which defines `extern "C" const char NAME[]` and `NAME_end[]` (one past the last byte, followed
// by a NUL), and EmbeddedBytes(NAME, NAME_end) reads them as a string_view. GCC and Clang on ELF.
#pragma once

#include <cstddef>
#include <string_view>

#define DHR_EMBED_FILE(name, path)              \
  __asm__(".section .rodata\n"                  \
          ".global " #name "\n"                 \
          ".type " #name ", @object\n"          \
          ".balign 16\n" #name ":\n"            \
          ".incbin \"" path "\"\n"              \
          ".global " #name "_end\n" #name "_end:\n" \
          ".byte 0\n"                           \
          ".previous\n");                       \
  extern "C" const char name[];                 \
  extern "C" const char name##_end[];

namespace dhr {

inline std::string_view EmbeddedBytes(const char* begin, const char* end) {
  return {begin, static_cast<size_t>(end - begin)};
}

}  // namespace dhr
