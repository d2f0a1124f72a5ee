/*
 * libjvm.a: the JVM_* entry points the JDK's static libraries (libjava, libnio, libnet,
 * libzip, ...) call into HotSpot. A native image has no HotSpot, and the image runtime
 * replaces most of the Java methods behind these calls, so only the few a server reaches at
 * run time are implemented here, after the contracts in the JDK's jvm.h. Every other symbol
 * the static libraries reference gets a generated stub (jvm_stubs.c, see toolchain.sh) that
 * calls jvm_unsupported: a call that was thought unreachable fails loudly, naming itself.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <jni.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void jvm_unsupported(const char *name) {
    fprintf(stderr, "native image: %s called, but this binary has no HotSpot VM to provide it\n", name);
    abort();
}

/* Called once at image startup; the JDK libraries linked here keep no VM-wide state to set up. */
JNIEXPORT void JNICALL initialize(void) {
}

JNIEXPORT jlong JNICALL JVM_CurrentTimeMillis(JNIEnv *env, jclass ignored) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (jlong) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

JNIEXPORT jlong JNICALL JVM_NanoTime(JNIEnv *env, jclass ignored) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (jlong) ts.tv_sec * 1000000000L + ts.tv_nsec;
}

/* Nanoseconds since offset_secs, or -1 when that does not fit (jdk.internal.misc.VM). */
JNIEXPORT jlong JNICALL JVM_GetNanoTimeAdjustment(JNIEnv *env, jclass ignored, jlong offset_secs) {
    const jlong maxDiffSecs = 0x0100000000LL;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    jlong diff = (jlong) ts.tv_sec - offset_secs;
    if (diff >= maxDiffSecs || diff <= -maxDiffSecs) {
        return -1;
    }
    return diff * 1000000000L + ts.tv_nsec;
}

JNIEXPORT jint JNICALL JVM_ActiveProcessorCount(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        return CPU_COUNT(&set);
    }
    return (jint) sysconf(_SC_NPROCESSORS_ONLN);
}

JNIEXPORT jboolean JNICALL JVM_IsUseContainerSupport(void) {
    return JNI_FALSE;
}

JNIEXPORT jboolean JNICALL JVM_IsContainerized(void) {
    return JNI_FALSE;
}

JNIEXPORT jboolean JNICALL JVM_IsPreviewEnabled(void) {
    return JNI_FALSE;
}

JNIEXPORT jboolean JNICALL JVM_IsContinuationsSupported(void) {
    return JNI_FALSE;
}

JNIEXPORT jboolean JNICALL JVM_IsForeignLinkerSupported(void) {
    return JNI_FALSE;
}

/* Linux paths need no conversion. */
JNIEXPORT char *JNICALL JVM_NativePath(char *path) {
    return path;
}

JNIEXPORT void *JNICALL JVM_LoadLibrary(const char *name, jboolean throwException) {
    return dlopen(name, RTLD_LAZY);
}

/* libzip is linked into the image: its symbols are in the executable itself. */
JNIEXPORT void *JNICALL JVM_LoadZipLibrary(void) {
    return dlopen(NULL, RTLD_LAZY);
}

JNIEXPORT void JNICALL JVM_UnloadLibrary(void *handle) {
    dlclose(handle);
}

JNIEXPORT void *JNICALL JVM_FindLibraryEntry(void *handle, const char *name) {
    return dlsym(handle, name);
}

JNIEXPORT jboolean JNICALL JVM_IsSupportedJNIVersion(jint version) {
    switch (version) {
        case JNI_VERSION_1_1:
        case JNI_VERSION_1_2:
        case JNI_VERSION_1_4:
        case JNI_VERSION_1_6:
        case JNI_VERSION_1_8:
        case JNI_VERSION_9:
        case JNI_VERSION_10:
        case JNI_VERSION_19:
        case JNI_VERSION_20:
        case JNI_VERSION_21:
        case JNI_VERSION_24:
            return JNI_TRUE;
        default:
            return JNI_FALSE;
    }
}

JNIEXPORT void JNICALL JVM_BeforeHalt(void) {
}

JNIEXPORT void JNICALL JVM_Halt(jint code) {
    exit(code);
}

/* The image's collector runs on its own schedule; an explicit request is only a hint. */
JNIEXPORT void JNICALL JVM_GC(void) {
}

JNIEXPORT void JNICALL JVM_Yield(JNIEnv *env, jclass threadClass) {
    sched_yield();
}

static const struct {
    const char *name;
    int number;
} signalNames[] = {
    {"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT}, {"ILL", SIGILL}, {"TRAP", SIGTRAP},
    {"ABRT", SIGABRT}, {"BUS", SIGBUS}, {"FPE", SIGFPE}, {"KILL", SIGKILL}, {"USR1", SIGUSR1},
    {"SEGV", SIGSEGV}, {"USR2", SIGUSR2}, {"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM},
    {"STKFLT", SIGSTKFLT}, {"CHLD", SIGCHLD}, {"CONT", SIGCONT}, {"STOP", SIGSTOP}, {"TSTP", SIGTSTP},
    {"TTIN", SIGTTIN}, {"TTOU", SIGTTOU}, {"URG", SIGURG}, {"XCPU", SIGXCPU}, {"XFSZ", SIGXFSZ},
    {"VTALRM", SIGVTALRM}, {"PROF", SIGPROF}, {"WINCH", SIGWINCH}, {"IO", SIGIO}, {"POLL", SIGPOLL},
    {"PWR", SIGPWR}, {"SYS", SIGSYS},
};

JNIEXPORT jint JNICALL JVM_FindSignal(const char *name) {
    for (size_t i = 0; i < sizeof(signalNames) / sizeof(signalNames[0]); i++) {
        if (strcmp(name, signalNames[i].name) == 0) {
            return signalNames[i].number;
        }
    }
    return -1;
}

/* Installs handler for sig and returns the previous one, or (void *) -1 on failure. */
JNIEXPORT void *JNICALL JVM_RegisterSignal(jint sig, void *handler) {
    struct sigaction action;
    struct sigaction previous;
    memset(&action, 0, sizeof(action));
    action.sa_handler = (void (*)(int)) handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(sig, &action, &previous) != 0) {
        return (void *) -1;
    }
    return (void *) previous.sa_handler;
}

JNIEXPORT jboolean JNICALL JVM_RaiseSignal(jint sig) {
    return raise(sig) == 0 ? JNI_TRUE : JNI_FALSE;
}

/* libzip guards its open-archive cache with a raw monitor: a recursive mutex suffices. */
JNIEXPORT void *JNICALL JVM_RawMonitorCreate(void) {
    pthread_mutex_t *mutex = malloc(sizeof(pthread_mutex_t));
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(mutex, &attr);
    pthread_mutexattr_destroy(&attr);
    return mutex;
}

JNIEXPORT void JNICALL JVM_RawMonitorDestroy(void *mon) {
    pthread_mutex_destroy(mon);
    free(mon);
}

JNIEXPORT jint JNICALL JVM_RawMonitorEnter(void *mon) {
    return pthread_mutex_lock(mon);
}

JNIEXPORT void JNICALL JVM_RawMonitorExit(void *mon) {
    pthread_mutex_unlock(mon);
}

/* jvm_io.h: snprintf that always terminates and returns -1 on truncation. */
JNIEXPORT int jio_vsnprintf(char *str, size_t count, const char *fmt, va_list args) {
    if ((intptr_t) count <= 0) {
        return -1;
    }
    int result = vsnprintf(str, count, fmt, args);
    if (result > 0 && (size_t) result >= count) {
        result = -1;
    }
    return result;
}

JNIEXPORT int jio_snprintf(char *str, size_t count, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int result = jio_vsnprintf(str, count, fmt, args);
    va_end(args);
    return result;
}

JNIEXPORT int jio_vfprintf(FILE *f, const char *fmt, va_list args) {
    return vfprintf(f, fmt, args);
}

JNIEXPORT int jio_fprintf(FILE *f, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int result = vfprintf(f, fmt, args);
    va_end(args);
    return result;
}
