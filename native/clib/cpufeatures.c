/*
 * Host CPU feature detection for the image's startup check and for code that picks an
 * instruction sequence at run time. Bits follow the Intel SDM and AMD APM CPUID tables.
 */
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "amd64cpufeatures.h"

#define BIT(reg, n) (((reg) >> (n)) & 1u)

static uint64_t xgetbv0(void) {
    uint32_t eax, edx;
    __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    return ((uint64_t) edx << 32) | eax;
}

void determineCPUFeatures(CPUFeatures *f) {
    unsigned int a, b, c, d;
    memset(f, 0, sizeof(*f));

    unsigned int maxLeaf = __get_cpuid_max(0, NULL);
    if (maxLeaf < 1) {
        return;
    }
    __cpuid(1, a, b, c, d);
    f->fTSC = BIT(d, 4);
    f->fCX8 = BIT(d, 8);
    f->fCMOV = BIT(d, 15);
    f->fFLUSH = BIT(d, 19);
    f->fMMX = BIT(d, 23);
    f->fFXSR = BIT(d, 24);
    f->fSSE = BIT(d, 25);
    f->fSSE2 = BIT(d, 26);
    f->fHT = BIT(d, 28);
    f->fSSE3 = BIT(c, 0);
    f->fCLMUL = BIT(c, 1);
    f->fSSSE3 = BIT(c, 9);
    f->fSSE4_1 = BIT(c, 19);
    f->fSSE4_2 = BIT(c, 20);
    f->fPOPCNT = BIT(c, 23);
    f->fAES = BIT(c, 25);
    f->fHV = BIT(c, 31);

    /* AVX state is usable only when the OS saves it (OSXSAVE and the XCR0 bits). */
    uint64_t xcr0 = BIT(c, 27) ? xgetbv0() : 0;
    int osAvx = (xcr0 & 0x6) == 0x6;
    int osAvx512 = osAvx && (xcr0 & 0xe0) == 0xe0;
    int osApx = (xcr0 & (1u << 19)) != 0;
    if (osAvx) {
        f->fAVX = BIT(c, 28);
        f->fFMA = BIT(c, 12);
        f->fF16C = BIT(c, 29);
        f->fVZEROUPPER = f->fAVX;
    }

    if (maxLeaf >= 7) {
        unsigned int subleaves;
        __cpuid_count(7, 0, subleaves, b, c, d);
        f->fBMI1 = BIT(b, 3);
        f->fBMI2 = BIT(b, 8);
        f->fERMS = BIT(b, 9);
        f->fRTM = BIT(b, 11);
        f->fADX = BIT(b, 19);
        f->fFLUSHOPT = BIT(b, 23);
        f->fCLWB = BIT(b, 24);
        f->fSHA = BIT(b, 29);
        f->fPKU = BIT(c, 3);
        f->fOSPKE = BIT(c, 4);
        f->fCET_SS = BIT(c, 7);
        f->fGFNI = BIT(c, 8);
        f->fRDPID = BIT(c, 22);
        f->fFSRM = BIT(d, 4);
        f->fSERIALIZE = BIT(d, 14);
        f->fCET_IBT = BIT(d, 20);
        if (osAvx) {
            f->fAVX2 = BIT(b, 5);
        }
        if (osAvx512) {
            f->fAVX512F = BIT(b, 16);
            f->fAVX512DQ = BIT(b, 17);
            f->fAVX512_IFMA = BIT(b, 21);
            f->fAVX512PF = BIT(b, 26);
            f->fAVX512ER = BIT(b, 27);
            f->fAVX512CD = BIT(b, 28);
            f->fAVX512BW = BIT(b, 30);
            f->fAVX512VL = BIT(b, 31);
            f->fAVX512_VBMI = BIT(c, 1);
            f->fAVX512_VBMI2 = BIT(c, 6);
            f->fAVX512_VAES = BIT(c, 9);
            f->fAVX512_VPCLMULQDQ = BIT(c, 10);
            f->fAVX512_VNNI = BIT(c, 11);
            f->fAVX512_BITALG = BIT(c, 12);
            f->fAVX512_VPOPCNTDQ = BIT(c, 14);
            f->fAVX512_FP16 = BIT(d, 23);
        }
        if (subleaves >= 1) {
            __cpuid_count(7, 1, a, b, c, d);
            if (osAvx) {
                f->fSHA512 = BIT(a, 0);
                f->fAVX_IFMA = BIT(a, 23);
            }
            f->fAPX_F = osApx && BIT(d, 21);
            if (osAvx512 && BIT(d, 19) && maxLeaf >= 0x24) {
                unsigned int version;
                __cpuid_count(0x24, 0, a, version, c, d);
                version &= 0xff;
                f->fAVX10_1 = version >= 1;
                f->fAVX10_2 = version >= 2;
            }
        }
    }

    unsigned int maxExtLeaf = __get_cpuid_max(0x80000000, NULL);
    if (maxExtLeaf >= 0x80000001) {
        __cpuid(0x80000001, a, b, c, d);
        f->fLZCNT = BIT(c, 5);
        f->fSSE4A = BIT(c, 6);
        f->fAMD_3DNOW_PREFETCH = BIT(c, 8);
        f->fRDTSCP = BIT(d, 27);
    }
    if (maxExtLeaf >= 0x80000007) {
        __cpuid(0x80000007, a, b, c, d);
        f->fTSCINV_BIT = BIT(d, 8);
        f->fTSCINV = f->fTSCINV_BIT;
    }
}

/*
 * The builder stores 0xFE at the offset of each feature the image needs and 0xFF elsewhere,
 * so OR-ing in the host's 0/1 bytes yields 0xFF everywhere exactly when nothing is missing.
 */
int checkCPUFeatures(unsigned char *buildtimeFeatureMask) {
    CPUFeatures host;
    determineCPUFeatures(&host);
    const unsigned char *hostBytes = (const unsigned char *) &host;
    for (size_t i = 0; i < sizeof(host); i++) {
        if ((unsigned char) (hostBytes[i] | buildtimeFeatureMask[i]) != 0xff) {
            return -1;
        }
    }
    return 0;
}

int checkCPUFeaturesOrExit(unsigned char *buildtimeFeatureMask, const char *errorMessage) {
    if (checkCPUFeatures(buildtimeFeatureMask) != 0) {
        fputs(errorMessage, stderr);
        exit(1);
    }
    return 0;
}
