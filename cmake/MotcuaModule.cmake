# motcua_add_module(NAME DIR [RECURSE]) — a static library from every .cpp/.h/.ui/.qrc below a
# folder. Folders become targets, so adding a file to a folder is all it takes to build it.
function(motcua_glob_sources out dir)
  file(GLOB_RECURSE _srcs CONFIGURE_DEPENDS
    "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.ui" "${dir}/*.qrc")
  set(${out} ${_srcs} PARENT_SCOPE)
endfunction()
