# Writes dhr's man page from its own help, at build time: `dhr --help` and `dhr --version` through
# Debian's help2man, with a COMMANDS section holding `dhr COMMAND --help` for every command.
#   cmake -DDHR=path/to/dhr -DHELP2MAN=path/to/help2man -DOUT=dhr.1 -P ManPage.cmake
# writes OUT.gz (gzip -9n, as Debian ships man pages).
foreach(var DHR HELP2MAN OUT)
  if(NOT ${var})
    message(FATAL_ERROR "ManPage.cmake: -D${var}= is missing")
  endif()
endforeach()

execute_process(COMMAND ${DHR} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${DHR} --help: exit status ${status}")
endif()
# CLI11 lists the commands under "Subcommands:", one a line: "  NAME   description".
string(REGEX REPLACE ".*Subcommands:\n" "" listing "${help}")
string(REGEX MATCHALL "(^|\n)  [a-z]+" names "${listing}")
set(roff "[COMMANDS]\n")
foreach(name ${names})
  string(STRIP "${name}" name)
  execute_process(COMMAND ${DHR} ${name} --help OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${DHR} ${name} --help: exit status ${status}")
  endif()
  # CLI11 writes the program as it was called: the build's path, which means nothing once installed.
  string(REPLACE "${DHR} " "dhr " text "${text}")
  # Verbatim in roff: backslashes escaped, a line starting with . or ' protected.
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  string(APPEND roff ".SS \"dhr ${name}\"\n.nf\n${text}.fi\n")
endforeach()
if(NOT names)
  message(FATAL_ERROR "${DHR} --help lists no commands under Subcommands:")
endif()
file(WRITE ${OUT}.include "${roff}[SEE ALSO]\nThe README and docs/ of the source, and /usr/share/dhr/examples/adult-x-review, a fictional case to build.\n")
execute_process(COMMAND ${HELP2MAN} --no-info --section=1
    "--name=build, anonymise, mark, publish and leak-scan the documents of a Domestic Homicide Review"
    --include=${OUT}.include --output=${OUT} ${DHR}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man ${DHR}: exit status ${status}")
endif()
execute_process(COMMAND gzip -9nf ${OUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip ${OUT}: exit status ${status}")
endif()
