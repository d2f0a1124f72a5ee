/*
 * The riscv64 CPU-feature struct (RISCV64LibCHelper$CPUFeatures in the svm jar). The builder
 * measures it on every platform, so it must exist here, but a linux-amd64 image never calls
 * the functions: libchelper does not implement them for this architecture.
 */
#ifndef RISCV64CPUFEATURES_H
#define RISCV64CPUFEATURES_H

typedef struct {
    char fI;
    char fM;
    char fA;
    char fF;
    char fD;
    char fC;
    char fV;
} CPUFeatures;

void determineCPUFeatures(CPUFeatures *features);
int checkCPUFeatures(unsigned char *buildtimeFeatureMask);
int checkCPUFeaturesOrExit(unsigned char *buildtimeFeatureMask, const char *errorMessage);

#endif
