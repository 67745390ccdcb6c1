# Quick start: `make demo` and `make test` do all set-up themselves on Debian 12 (as root):
# missing Debian packages are installed, then the project is configured and built.
BUILD ?= build
JOBS  ?= $(shell nproc)

.PHONY: all deps build test demo bench clean

all: build

deps:
	@sh .ci/install-deps

$(BUILD)/build.ninja $(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

test: build
	sh .ci/fetch-test-tools $(BUILD)
	cd $(BUILD) && ctest --output-on-failure
	@[ -d ../shared/ooxml-schemas ] || [ -n "$${DHR_OOXML_SCHEMAS:-}" ] || \
	  echo 'WARN: the ECMA-376 schema check of Word parts did NOT run: ../shared/ooxml-schemas is missing'

demo: build
	sh examples/demo.sh $(BUILD)/dhr

bench: deps
	sh bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
