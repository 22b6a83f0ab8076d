# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries warnings and shared compile settings; every target
# links it.
add_library(hookdesk_warnings INTERFACE)
target_compile_options(hookdesk_warnings INTERFACE
    -Wall -Wextra -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${HOOKDESK_WERROR}>:-Werror>)
target_compile_definitions(hookdesk_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

if(HOOKDESK_SANITIZE)
    target_compile_options(hookdesk_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hookdesk_warnings INTERFACE -fsanitize=address,undefined)
endif()

if(HOOKDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "HOOKDESK_FUZZ needs clang: CC=clang CXX=clang++ cmake ...")
    endif()
    # Coverage instrumentation for everything the fuzz targets link.
    target_compile_options(hookdesk_warnings INTERFACE -fsanitize=fuzzer-no-link)
endif()
