# CMake package of the container image's C header and reader (header-only), from ckptgen:
#   find_package(ckptgen-container CONFIG REQUIRED)
#   target_link_libraries(your_target PRIVATE ckptgen::container)
get_filename_component(_ckptgen_container_root "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT TARGET ckptgen::container)
  add_library(ckptgen::container INTERFACE IMPORTED)
  set_target_properties(ckptgen::container PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_ckptgen_container_root}/include")
endif()
set(ckptgen-container_VERSION "@project.version@")
unset(_ckptgen_container_root)
