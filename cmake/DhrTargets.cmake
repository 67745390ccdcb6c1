# How dhr's targets are declared, and the configure-time checks that keep the declarations true:
#
#   dhr_library(NAME DIR folder SOURCES a.cpp... [TESTS a_test.cpp...] [PUBLIC deps...] [PRIVATE deps...])
#     One static library per folder (the stage it holds), its sources listed by name. TESTS go to
#     the single test binary. PUBLIC: what the folder's headers include (a user of the library
#     needs it too); PRIVATE: what only its .cpp files include.
#   dhr_listed(files...)
#     Sources built by some other target (tools, tests, benchmarks, fuzzers, main).
#   dhr_check_sources()
#     Fails the configuration when a .cpp file of the source tree is in no list: a new file is never
#     silently left out of the build.
#   dhr_check_dependencies()
#     Fails the configuration when a library's declared dependencies differ from what its sources
#     and headers #include: every included folder or third-party library is linked, nothing more,
#     and PUBLIC exactly where a header includes it.

# Third-party headers and the targets providing them: "prefix of the #include <...>=target".
set(DHR_THIRD_PARTY_HEADERS
  "libxml/=PkgConfig::LIBXML2" "zip.h=PkgConfig::LIBZIP" "re2/=PkgConfig::RE2" "unicode/=PkgConfig::ICU"
  "yaml-cpp/=PkgConfig::YAMLCPP" "cmark-gfm.h=PkgConfig::CMARK"
  "cmark-gfm-core-extensions.h=dhr::cmark_gfm_extensions" "exiv2/=PkgConfig::EXIV2" "cairo.h=PkgConfig::CAIRO" "xlsxwriter.h=PkgConfig::XLSXWRITER"
  "csv.h=dhr::csv" "nlohmann/=nlohmann_json::nlohmann_json" "CLI/=CLI11::CLI11" "zlib.h=ZLIB::ZLIB"
  "doctest/=doctest::doctest")

function(dhr_listed)
  foreach(file ${ARGN})
    get_filename_component(file ${file} ABSOLUTE BASE_DIR ${PROJECT_SOURCE_DIR})
    set_property(GLOBAL APPEND PROPERTY DHR_LISTED_SOURCES ${file})
  endforeach()
endfunction()

function(dhr_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "DIR" "SOURCES;TESTS;PUBLIC;PRIVATE")
  if(arg_UNPARSED_ARGUMENTS OR NOT arg_DIR OR NOT arg_SOURCES)
    message(FATAL_ERROR "dhr_library(${name}): give DIR and SOURCES, then TESTS, PUBLIC, PRIVATE (unknown: ${arg_UNPARSED_ARGUMENTS})")
  endif()
  list(TRANSFORM arg_SOURCES PREPEND ${arg_DIR}/)
  list(TRANSFORM arg_TESTS PREPEND ${arg_DIR}/)
  add_library(${name} STATIC ${arg_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${arg_PUBLIC} PRIVATE ${arg_PRIVATE})
  set_target_properties(${name} PROPERTIES DHR_DIR ${arg_DIR} DHR_SOURCES "${arg_SOURCES}"
    DHR_PUBLIC "${arg_PUBLIC}" DHR_PRIVATE "${arg_PRIVATE}")
  dhr_listed(${arg_SOURCES} ${arg_TESTS})
  set_property(GLOBAL APPEND PROPERTY DHR_TEST_SOURCES ${arg_TESTS})
  set_property(GLOBAL APPEND PROPERTY DHR_LIBRARIES ${name})
  string(MAKE_C_IDENTIFIER ${arg_DIR} dir_id)
  set_property(GLOBAL PROPERTY DHR_LIBRARY_OF_${dir_id} ${name})
endfunction()

function(dhr_check_sources)
  get_property(listed GLOBAL PROPERTY DHR_LISTED_SOURCES)
  file(GLOB tops LIST_DIRECTORIES true RELATIVE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/*)
  set(unlisted)
  foreach(top ${tops})
    set(dir ${PROJECT_SOURCE_DIR}/${top})
    # Skip files, hidden folders and build trees (the build's own generated sources).
    if(NOT IS_DIRECTORY ${dir} OR top MATCHES "^\\." OR EXISTS ${dir}/CMakeCache.txt
       OR dir STREQUAL PROJECT_BINARY_DIR)
      continue()
    endif()
    file(GLOB_RECURSE found CONFIGURE_DEPENDS ${dir}/*.cpp)
    list(FILTER found EXCLUDE REGEX "/node_modules/")
    foreach(file ${found})
      if(NOT file IN_LIST listed)
        file(RELATIVE_PATH file ${PROJECT_SOURCE_DIR} ${file})
        list(APPEND unlisted ${file})
      endif()
    endforeach()
  endforeach()
  if(unlisted)
    list(JOIN unlisted "\n  " unlisted)
    message(FATAL_ERROR "these sources are in no target; list each in CMakeLists.txt "
      "(SOURCES or TESTS of its folder's dhr_library, or another target):\n  ${unlisted}")
  endif()
endfunction()

# The targets `file` needs by its #include lines; a folder's own headers are skipped.
function(_dhr_included_targets file own_dir out)
  file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  set(targets)
  foreach(line ${lines})
    if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
      get_filename_component(dir ${CMAKE_MATCH_1} DIRECTORY)
      if(dir STREQUAL own_dir)
        continue()
      endif()
      string(MAKE_C_IDENTIFIER "${dir}" dir_id)
      get_property(library GLOBAL PROPERTY DHR_LIBRARY_OF_${dir_id})
      if(NOT library)
        message(FATAL_ERROR "${file}: includes \"${CMAKE_MATCH_1}\", which no library of dhr_library() holds")
      endif()
      list(APPEND targets ${library})
    elseif(line MATCHES "#[ \t]*include[ \t]*<([^>]+)>")
      set(header ${CMAKE_MATCH_1})
      foreach(entry ${DHR_THIRD_PARTY_HEADERS})
        string(REPLACE "=" ";" entry ${entry})
        list(GET entry 0 prefix)
        list(GET entry 1 target)
        string(FIND "${header}" "${prefix}" at)
        if(at EQUAL 0)
          list(APPEND targets ${target})
        endif()
      endforeach()
    endif()
  endforeach()
  list(REMOVE_DUPLICATES targets)
  set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(dhr_check_dependencies)
  get_property(libraries GLOBAL PROPERTY DHR_LIBRARIES)
  set(problems)
  foreach(library ${libraries})
    get_target_property(dir ${library} DHR_DIR)
    get_target_property(sources ${library} DHR_SOURCES)
    get_target_property(declared_public ${library} DHR_PUBLIC)
    get_target_property(declared_private ${library} DHR_PRIVATE)
    file(GLOB headers ${PROJECT_SOURCE_DIR}/${dir}/*.h)
    list(FILTER headers EXCLUDE REGEX "_test_support\\.h$")
    set(public)
    foreach(file ${headers})
      _dhr_included_targets(${file} ${dir} found)
      list(APPEND public ${found})
    endforeach()
    set(all ${public})
    foreach(file ${sources})
      _dhr_included_targets(${PROJECT_SOURCE_DIR}/${file} ${dir} found)
      list(APPEND all ${found})
    endforeach()
    list(REMOVE_DUPLICATES public)
    list(REMOVE_DUPLICATES all)
    set(private ${all})
    if(public)
      list(REMOVE_ITEM private ${public})
    endif()
    list(SORT public)
    list(SORT private)
    list(SORT declared_public)
    list(SORT declared_private)
    if(NOT "${public}" STREQUAL "${declared_public}" OR NOT "${private}" STREQUAL "${declared_private}")
      list(JOIN public " " public)
      list(JOIN private " " private)
      list(APPEND problems "${library} (${dir}): its #include lines need\n    PUBLIC ${public}\n    PRIVATE ${private}")
    endif()
  endforeach()
  if(problems)
    list(JOIN problems "\n  " problems)
    message(FATAL_ERROR "link dependencies differ from what the sources include "
      "(PUBLIC: included by a header of the folder; PRIVATE: by its .cpp files only):\n  ${problems}")
  endif()
endfunction()

# A data file compiled into a library's source with DHR_EMBED_FILE (base/embedded_file.h): the
# macro `macro` holds the file's path, and the source is rebuilt when the file changes.
function(dhr_embed_file target source macro file)
  target_compile_definitions(${target} PRIVATE ${macro}="${file}")
  set_source_files_properties(${source} PROPERTIES OBJECT_DEPENDS ${file})
endfunction()
