/*
 * libchelper: the small C helpers the image runtime calls by name (LibCHelper,
 * LinuxLibCHelper, CSunMiscSignal, CodeSynchronizationOperations, LocaleCHelper in the svm
 * jar). Everything here runs before or beside Java code, so it only uses libc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <semaphore.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "svm_locale.h"

extern char **environ;

char **getEnviron(void) {
    return environ;
}

int getThreadId(void) {
    return (int) syscall(SYS_gettid);
}

/* User CPU time of one thread in nanoseconds, from /proc (fields 14 of .../stat). */
long getThreadUserTimeSlow(int tid) {
    char path[64];
    char buf[2048];
    snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid);
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        return -1;
    }
    size_t n = fread(buf, 1, sizeof(buf) - 1, fp);
    fclose(fp);
    buf[n] = '\0';
    /* The command name may contain spaces and parentheses: skip to the last ')'. */
    char *s = strrchr(buf, ')');
    if (s == NULL) {
        return -1;
    }
    unsigned long utime;
    if (sscanf(s + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu", &utime) != 1) {
        return -1;
    }
    long ticks = sysconf(_SC_CLK_TCK);
    return (long) (utime * (1000000000L / ticks));
}

/* x86 keeps instruction caches coherent with stores: nothing to flush. */
void codeSynchronization_clearCache(long code, long codeSize) {
    (void) code;
    (void) codeSize;
}

/*
 * Time zone id the JDK would pick: $TZ, then /etc/timezone, then the zoneinfo file
 * /etc/localtime links to. The caller owns the returned string.
 */
char *SVM_FindJavaTZmd(const char *tzMappings, int length) {
    (void) tzMappings;
    (void) length;
    const char *tz = getenv("TZ");
    if (tz != NULL && *tz != '\0') {
        if (*tz == ':') {
            tz++;
        }
        const char *zoneinfo = strstr(tz, "zoneinfo/");
        return strdup(zoneinfo != NULL ? zoneinfo + strlen("zoneinfo/") : tz);
    }
    FILE *fp = fopen("/etc/timezone", "r");
    if (fp != NULL) {
        char line[256];
        char *got = fgets(line, sizeof(line), fp);
        fclose(fp);
        if (got != NULL) {
            line[strcspn(line, " \t\r\n")] = '\0';
            if (line[0] != '\0') {
                return strdup(line);
            }
        }
    }
    char target[PATH_MAX];
    ssize_t len = readlink("/etc/localtime", target, sizeof(target) - 1);
    if (len > 0) {
        target[len] = '\0';
        const char *zoneinfo = strstr(target, "zoneinfo/");
        if (zoneinfo != NULL) {
            return strdup(zoneinfo + strlen("zoneinfo/"));
        }
    }
    return strdup("GMT");
}

/*
 * Signals for sun.misc.Signal / jdk.internal.misc.Signal: the handler only counts the
 * signal and posts a semaphore (both async-signal-safe); a Java dispatcher thread waits on
 * the semaphore and drains the counts.
 */
static atomic_int pendingSignals[NSIG];
static sem_t signalSemaphore;

int cSunMiscSignal_open(void) {
    for (int i = 0; i < NSIG; i++) {
        atomic_store(&pendingSignals[i], 0);
    }
    return sem_init(&signalSemaphore, 0, 0);
}

int cSunMiscSignal_close(void) {
    return sem_destroy(&signalSemaphore);
}

int cSunMiscSignal_awaitSemaphore(void) {
    int result;
    while ((result = sem_wait(&signalSemaphore)) != 0 && errno == EINTR) {
    }
    return result;
}

int cSunMiscSignal_signalSemaphore(void) {
    return sem_post(&signalSemaphore);
}

int cSunMiscSignal_signalRangeCheck(int signo) {
    return signo > 0 && signo < NSIG;
}

int cSunMiscSignal_checkPendingSignal(void) {
    for (int signo = 1; signo < NSIG; signo++) {
        int count = atomic_load(&pendingSignals[signo]);
        while (count > 0) {
            if (atomic_compare_exchange_weak(&pendingSignals[signo], &count, count - 1)) {
                return signo;
            }
        }
    }
    return -1;
}

static void countSignal(int signo) {
    if (cSunMiscSignal_signalRangeCheck(signo)) {
        int savedErrno = errno;
        atomic_fetch_add(&pendingSignals[signo], 1);
        sem_post(&signalSemaphore);
        errno = savedErrno;
    }
}

void *cSunMiscSignal_signalHandlerFunctionPointer(void) {
    return (void *) countSignal;
}

/*
 * Locale: split "language_COUNTRY.codeset@modifier" the way the JDK's java_props_md.c does
 * for the common cases; LC_MESSAGES gives the display locale, LC_CTYPE the format locale.
 */
static svm_locale_props_t localeProps;

static void parseLocale(int category, char **language, char **script, char **country, char **variant) {
    const char *lc = setlocale(category, NULL);
    *language = *script = *country = *variant = NULL;
    if (lc == NULL || strcmp(lc, "C") == 0 || strcmp(lc, "POSIX") == 0 || strncmp(lc, "C.", 2) == 0) {
        *language = strdup("en");
        return;
    }
    char *copy = strdup(lc);
    char *modifier = strchr(copy, '@');
    if (modifier != NULL) {
        *modifier++ = '\0';
    }
    char *codeset = strchr(copy, '.');
    if (codeset != NULL) {
        *codeset = '\0';
    }
    char *territory = strchr(copy, '_');
    if (territory != NULL) {
        *territory++ = '\0';
        *country = strdup(territory);
    }
    *language = strdup(copy);
    if (modifier != NULL) {
        /* glibc spells scripts as modifiers: sr_RS@latin is sr-Latn-RS. */
        if (strcmp(modifier, "latin") == 0) {
            *script = strdup("Latn");
        } else if (strcmp(modifier, "cyrillic") == 0) {
            *script = strdup("Cyrl");
        } else if (strcmp(modifier, "euro") != 0) {
            *variant = strdup(modifier);
        }
    }
    free(copy);
}

int svm_initialize_locale(void) {
    setlocale(LC_ALL, "");
    parseLocale(LC_MESSAGES, &localeProps.display_language, &localeProps.display_script,
                &localeProps.display_country, &localeProps.display_variant);
    parseLocale(LC_CTYPE, &localeProps.format_language, &localeProps.format_script,
                &localeProps.format_country, &localeProps.format_variant);
    if (localeProps.display_language == NULL || localeProps.format_language == NULL) {
        return SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
    }
    return SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}

svm_locale_props_t *svm_get_locale(void) {
    return &localeProps;
}

/*
 * Fixed-argument doors to variadic libc functions: the image calls C functions with a fixed
 * signature, so each variadic call it needs has a wrapper named after its argument types.
 */
int openSII(const char *path, int flags, int mode) {
    return open(path, flags, mode);
}

int openatISII(int dirfd, const char *path, int flags, int mode) {
    return openat(dirfd, path, flags, mode);
}

void *mremapP(void *oldAddress, size_t oldSize, size_t newSize, int flags, void *newAddress) {
    return mremap(oldAddress, oldSize, newSize, flags, newAddress);
}

int fprintfSD(FILE *stream, const char *format, const char *s, int d) {
    return fprintf(stream, format, s, d);
}
