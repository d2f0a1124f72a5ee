/*
 * The aarch64 CPU-feature struct (AArch64LibCHelper$CPUFeatures in the svm jar). The builder
 * measures it on every platform, so it must exist here, but a linux-amd64 image never calls
 * the functions: libchelper does not implement them for this architecture.
 */
#ifndef AARCH64CPUFEATURES_H
#define AARCH64CPUFEATURES_H

typedef struct {
    char fFP;
    char fASIMD;
    char fEVTSTRM;
    char fAES;
    char fPMULL;
    char fSHA1;
    char fSHA2;
    char fCRC32;
    char fLSE;
    char fDCPOP;
    char fSHA3;
    char fSHA512;
    char fSVE;
    char fSVE2;
    char fSTXR_PREFETCH;
    char fA53MAC;
    char fDMB_ATOMICS;
    char fPACA;
    char fSVEBITPERM;
    char fFPHP;
    char fASIMDHP;
} CPUFeatures;

void determineCPUFeatures(CPUFeatures *features);
int checkCPUFeatures(unsigned char *buildtimeFeatureMask);
int checkCPUFeaturesOrExit(unsigned char *buildtimeFeatureMask, const char *errorMessage);

#endif
