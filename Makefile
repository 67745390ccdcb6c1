# Quick start: `make demo` and `make test` do all set-up themselves on Debian 12 (as root):
# missing Debian packages are installed, then the project is configured and built.
BUILD ?= build
DIST  ?= build-dist
JOBS  ?= $(shell nproc)

.PHONY: all deps build test unit-test demo check-release package check-package check-package-clean install bench clean

all: build

deps:
	@sh .ci/install-deps

$(BUILD)/build.ninja $(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

# Every test: the unit suite and the real-reader suite (see CMakeLists.txt).
test: build
	sh .ci/fetch-test-tools $(BUILD)
	cd $(BUILD) && ctest --output-on-failure
	@[ -d ../shared/ooxml-schemas ] || [ -n "$${DHR_OOXML_SCHEMAS:-}" ] || \
	  echo 'WARN: the ECMA-376 schema check of Word parts did NOT run: ../shared/ooxml-schemas is missing'

# The hermetic unit suite alone (under a minute).
unit-test: build
	cd $(BUILD) && ctest --output-on-failure -L unit

demo: build
	sh examples/demo.sh $(BUILD)/dhr

# A Release build of every target with warnings as errors, in $(DIST).
$(DIST)/CMakeCache.txt:
	cmake -S . -B $(DIST) -DCMAKE_BUILD_TYPE=Release -DDHR_WERROR=ON

check-release: deps $(DIST)/CMakeCache.txt
	cmake --build $(DIST) -j $(JOBS)

# The Debian package, from that build: $(DIST)/dhr_VERSION_ARCH.deb.
package: check-release
	rm -f $(DIST)/dhr_*.deb
	cd $(DIST) && cpack -G DEB

# Installs the package, runs the installed dhr from /tmp, removes it (root; CI runs it).
check-package: package
	sh .ci/check-package $(DIST)/dhr_*.deb

# The same in a minimal Debian 12 made by debootstrap, where only the package's Depends are
# installed (root and the network; CI runs it).
check-package-clean: package
	sh .ci/check-package-clean $(DIST)/dhr_*.deb

install: check-release
	cmake --install $(DIST)

bench: deps
	sh bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(DIST)
