/*
 * libsvm_container: the memory and CPU limits of the cgroup the process runs in, so that a
 * binary started in a container sizes its heap and thread pools from the container's limits
 * (ContainerLibrary in the svm jar). Only the unified hierarchy (cgroup v2) is read; on a
 * cgroup v1 host the process reports itself as not containerized and uses the host's figures.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Must equal ContainerLibrary.VERSION of the builder the image is built with. */
#define SVM_CONTAINER_VERSION 240100
#define SUCCESS_IS_NOT_CONTAINERIZED 0
#define SUCCESS_IS_CONTAINERIZED 1
#define ERROR_LIBCONTAINER_TOO_OLD 2
#define ERROR_LIBCONTAINER_TOO_NEW 3

#define UNLIMITED (-1L)
#define NOT_SUPPORTED (-2L)

static char cgroupDir[4200];
static int containerized;

static int readLine(const char *file, char *buf, size_t size) {
    char path[4300];
    snprintf(path, sizeof(path), "%s/%s", cgroupDir, file);
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        return -1;
    }
    char *got = fgets(buf, (int) size, fp);
    fclose(fp);
    if (got == NULL) {
        return -1;
    }
    buf[strcspn(buf, "\n")] = '\0';
    return 0;
}

/* A number, "max" as UNLIMITED, or NOT_SUPPORTED when the file is absent. */
static long readLimit(const char *file) {
    char buf[128];
    if (readLine(file, buf, sizeof(buf)) != 0) {
        return NOT_SUPPORTED;
    }
    if (strncmp(buf, "max", 3) == 0) {
        return UNLIMITED;
    }
    return strtol(buf, NULL, 10);
}

static long readStat(const char *key) {
    char path[4300];
    snprintf(path, sizeof(path), "%s/memory.stat", cgroupDir);
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        return NOT_SUPPORTED;
    }
    char name[128];
    long value;
    long result = NOT_SUPPORTED;
    while (fscanf(fp, "%127s %ld", name, &value) == 2) {
        if (strcmp(name, key) == 0) {
            result = value;
            break;
        }
    }
    fclose(fp);
    return result;
}

static long hostMemory(void) {
    return sysconf(_SC_PHYS_PAGES) * sysconf(_SC_PAGESIZE);
}

int svm_container_initialize(int version) {
    if (version > SVM_CONTAINER_VERSION) {
        return ERROR_LIBCONTAINER_TOO_OLD;
    }
    if (version < SVM_CONTAINER_VERSION) {
        return ERROR_LIBCONTAINER_TOO_NEW;
    }
    struct stat st;
    if (stat("/sys/fs/cgroup/cgroup.controllers", &st) != 0) {
        return SUCCESS_IS_NOT_CONTAINERIZED;
    }
    /* "0::/some/path": the process's own group below the mount, or the mount itself. */
    snprintf(cgroupDir, sizeof(cgroupDir), "/sys/fs/cgroup");
    FILE *fp = fopen("/proc/self/cgroup", "r");
    if (fp != NULL) {
        char line[4096];
        while (fgets(line, sizeof(line), fp) != NULL) {
            if (strncmp(line, "0::", 3) == 0) {
                line[strcspn(line, "\n")] = '\0';
                char candidate[4096 + 16];
                snprintf(candidate, sizeof(candidate), "/sys/fs/cgroup%s", line + 3);
                if (strcmp(line + 3, "/") != 0 && stat(candidate, &st) == 0) {
                    snprintf(cgroupDir, sizeof(cgroupDir), "%s", candidate);
                }
            }
        }
        fclose(fp);
    }
    char cpu[128];
    int cpuLimited = readLine("cpu.max", cpu, sizeof(cpu)) == 0 && strncmp(cpu, "max", 3) != 0;
    containerized = cpuLimited || readLimit("memory.max") > 0;
    return containerized ? SUCCESS_IS_CONTAINERIZED : SUCCESS_IS_NOT_CONTAINERIZED;
}

unsigned long svm_container_physical_memory(void) {
    return (unsigned long) hostMemory();
}

long svm_container_memory_limit_in_bytes(void) {
    long limit = readLimit("memory.max");
    return limit > 0 && limit < hostMemory() ? limit : UNLIMITED;
}

long svm_container_memory_and_swap_limit_in_bytes(void) {
    long memory = svm_container_memory_limit_in_bytes();
    long swap = readLimit("memory.swap.max");
    if (memory == UNLIMITED || swap == UNLIMITED) {
        return UNLIMITED;
    }
    return swap == NOT_SUPPORTED ? memory : memory + swap;
}

long svm_container_memory_soft_limit_in_bytes(void) {
    long low = readLimit("memory.low");
    return low > 0 ? low : UNLIMITED;
}

long svm_container_memory_usage_in_bytes(void) {
    return readLimit("memory.current");
}

long svm_container_memory_max_usage_in_bytes(void) {
    return readLimit("memory.peak");
}

long svm_container_rss_usage_in_bytes(void) {
    return readStat("anon");
}

long svm_container_cache_usage_in_bytes(void) {
    return readStat("file");
}

/* CPUs the process may use: its affinity mask, capped by the cgroup's quota/period. */
int svm_container_active_processor_count(void) {
    cpu_set_t set;
    int cpus = sched_getaffinity(0, sizeof(set), &set) == 0 ? CPU_COUNT(&set) : (int) sysconf(_SC_NPROCESSORS_ONLN);
    char cpu[128];
    long quota;
    long period;
    if (readLine("cpu.max", cpu, sizeof(cpu)) == 0 && sscanf(cpu, "%ld %ld", &quota, &period) == 2 && period > 0) {
        int limit = (int) ((quota + period - 1) / period);
        if (limit > 0 && limit < cpus) {
            cpus = limit;
        }
    }
    return cpus;
}
