# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OVOP+1 shop software contributors
# Runs a validator for the desktop integration files and fails on any complaint, so that the
# files stay valid. Usage: cmake -DCHECK=desktop|metainfo|tree -DFILE=<path> [-DBUILD_DIR=<dir>
# -DWORK_DIR=<dir>] -P validate.cmake
#   desktop   desktop-file-validate FILE (prints nothing when the file is clean)
#   metainfo  appstreamcli validate --no-net --strict FILE
#   tree      installs the "desktop" component of BUILD_DIR into WORK_DIR/root/usr and runs
#             appstreamcli validate-tree on it, which also checks that the launchable desktop file
#             and the icon are installed where the metainfo says

function(run_validator)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    message("${output}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${ARGV0} failed (${result})")
    endif()
    set(output "${output}" PARENT_SCOPE)
endfunction()

# Sets `variable` to the path of the tool `name`, or stops naming the package to install.
function(require_tool variable name package)
    find_program(${variable} ${name})
    if(NOT ${variable})
        message(FATAL_ERROR "${name} is not installed: install the Debian package ${package}")
    endif()
endfunction()

if(CHECK STREQUAL "desktop")
    require_tool(validator desktop-file-validate desktop-file-utils)
    run_validator(${validator} "${FILE}")
    string(STRIP "${output}" output)
    if(NOT output STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate has remarks on ${FILE}")
    endif()
elseif(CHECK STREQUAL "metainfo")
    require_tool(appstreamcli appstreamcli appstream)
    run_validator(${appstreamcli} validate --no-net --strict --explain "${FILE}")
elseif(CHECK STREQUAL "tree")
    require_tool(appstreamcli appstreamcli appstream)
    set(root "${WORK_DIR}/root")
    file(REMOVE_RECURSE "${root}")
    run_validator(${CMAKE_COMMAND} --install "${BUILD_DIR}" --component desktop --prefix "${root}/usr")
    run_validator(${appstreamcli} validate-tree --no-net --strict --explain "${root}")
    file(REMOVE_RECURSE "${root}")
else()
    message(FATAL_ERROR "validate.cmake: CHECK must be desktop, metainfo or tree")
endif()
