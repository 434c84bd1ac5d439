/*
 * The reader's CRC32C against java.util.zip.CRC32C and against the byte-at-a-time loop it
 * replaced; its CPU instruction path against its portable one.
 *
 * usage: crc FILE OFFSET LENGTH...   prints ckpt_crc32c of each slice of FILE, one per line;
 *                                     exit 1 if the portable code gives another CRC for one
 *        crc --which                  prints the code ckpt_crc32c runs: sse4.2 or portable
 *        crc --speed MIB              over MIB MiB: MB/s, and how many times faster than a
 *                                     table lookup per byte it is
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "container_ckpt_reader.h"

/* The reader's CRC until slicing by 8: one table lookup per byte. */
static __u32 table[256];

static __u32 bytewise(const unsigned char *p, size_t n)
{
	__u32 crc = 0xffffffffu;

	while (n--)
		crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

static void bytewise_table(void)
{
	__u32 i, k, c;

	for (i = 0; i < 256; i++) {
		for (c = i, k = 0; k < 8; k++)
			c = (c >> 1) ^ (0x82f63b78u & (0u - (c & 1)));
		table[i] = c;
	}
}

/* The CRC of buf under f, and the seconds it took. */
static double timed(__u32 (*f)(const unsigned char *, size_t), const unsigned char *buf, size_t n, __u32 *crc)
{
	clock_t start = clock();

	*crc = f(buf, n);
	return (double)(clock() - start) / CLOCKS_PER_SEC;
}

int main(int argc, char **argv)
{
	unsigned char *buf;
	size_t size, i;

	if (argc == 2 && strcmp(argv[1], "--which") == 0) {
#ifdef CKPTGEN_CRC32C_SSE42
		puts(__builtin_cpu_supports("sse4.2") ? "sse4.2" : "portable");
#else
		puts("portable");
#endif
		return 0;
	}
	if (argc == 3 && strcmp(argv[1], "--speed") == 0) {
		__u32 a, b;
		double fast, slow;

		size = (size_t)strtoul(argv[2], NULL, 10) << 20;
		buf = (unsigned char *)malloc(size);
		if (!buf)
			return 2;
		for (i = 0; i < size; i++)
			buf[i] = (unsigned char)(i * 2654435761u >> 13);
		bytewise_table();
		__u32 c;
		double portable;

		slow = timed(bytewise, buf, size, &b);
		fast = timed(ckpt_crc32c, buf, size, &a);
		portable = timed(ckpt_crc32c_portable, buf, size, &c);
		if (a != b || c != b) {
			fprintf(stderr, "ckpt_crc32c 0x%08x, portable 0x%08x, byte-at-a-time 0x%08x\n", a, c, b);
			return 1;
		}
		fast = fast > 1e-6 ? fast : 1e-6;
		portable = portable > 1e-6 ? portable : 1e-6;
		printf("%.0f MB/s, %.1f times byte-at-a-time; the portable code %.0f MB/s\n", (double)size / 1e6 / fast,
		       slow / fast, (double)size / 1e6 / portable);
		free(buf);
		return 0;
	}
	if (argc < 2 || argc % 2) {
		fprintf(stderr, "usage: %s FILE OFFSET LENGTH... | --speed MIB\n", argv[0]);
		return 2;
	}
	{
		FILE *f = fopen(argv[1], "rb");
		long end;

		if (!f || fseek(f, 0, SEEK_END) != 0 || (end = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
			return 2;
		size = (size_t)end;
		buf = (unsigned char *)malloc(size + 1);
		if (!buf || fread(buf, 1, size, f) != size)
			return 2;
		fclose(f);
	}
	for (i = 2; i + 1 < (size_t)argc; i += 2) {
		size_t off = (size_t)strtoul(argv[i], NULL, 10), n = (size_t)strtoul(argv[i + 1], NULL, 10);

		if (off > size || n > size - off)
			return 2;
		printf("%08x\n", ckpt_crc32c(buf + off, n));
		if (ckpt_crc32c(buf + off, n) != ckpt_crc32c_portable(buf + off, n)) {
			fprintf(stderr, "at %zu, %zu bytes: ckpt_crc32c 0x%08x, the portable code 0x%08x\n", off, n,
				ckpt_crc32c(buf + off, n), ckpt_crc32c_portable(buf + off, n));
			return 1;
		}
	}
	free(buf);
	return 0;
}
