#ifndef SETTLE_CMALLOC_SHIM_H
#define SETTLE_CMALLOC_SHIM_H
/* glibc's malloc tuning (mallopt), which the Glibc module does not export. */
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
#endif
