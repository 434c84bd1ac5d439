/*
 * The C reader's throughput against a plain read of the same file, in one run (issue 18,
 * point 4; benchmarks/README.md, "The C reader").
 *
 * usage: creader_speed ROUNDS payload|container IMAGE...
 *
 * For each IMAGE, ROUNDS alternating rounds of:
 *   read    read(2) of the whole file into a buffer (the page cache's copy: the floor)
 *   check   <image>_ckpt_open and ckpt_verify on that buffer: the framing walk, the CRC32C, the
 *           tables, then every section, record and objref (restore's whole-image check)
 *   walk    then ckpt_next and ckpt_check over every record, as a reader that uses them does
 *   mapped  mmap(2), open, verify and walk: ckptinfo's way, page faults included
 * and prints each one's median time and GB/s (10^9 bytes), the fastest round's (on a loaded
 * machine the least disturbed), and which CRC32C code ran.
 * Exit 1 if an image is not valid, 2 on usage or I/O errors.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "container_ckpt_reader.h"
#include "payload_ckpt_reader.h"

#define MAX_ROUNDS 64

typedef int (*open_fn)(struct ckpt_reader *r, const void *buf, size_t size);

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), by_value);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The whole file into buf (size bytes), by read(2). */
static int read_all(const char *path, unsigned char *buf, size_t size)
{
	size_t done = 0;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return -1;
	while (done < size) {
		ssize_t n = read(fd, buf + done, size - done);

		if (n <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t)n;
	}
	close(fd);
	return 0;
}

/* Opens and verifies: restore's whole-image check. */
static int check(open_fn open_image, struct ckpt_reader *r, const unsigned char *buf, size_t size, const char *path)
{
	if (open_image(r, buf, size) < 0 || ckpt_verify(r) < 0) {
		fprintf(stderr, "%s: at offset %zu: %s\n", path, r->err_offset, r->err);
		return -1;
	}
	return 0;
}

/* Every record of a checked image, checked as a reader that uses them checks it: how many, or -1. */
static long walk(struct ckpt_reader *r, const char *path)
{
	struct ckpt_record rec;
	long records = 0;

	while (ckpt_next(r, &rec) > 0) {
		if (ckpt_check(r, &rec) < 0) {
			fprintf(stderr, "%s: at offset %zu: %s\n", path, r->err_offset, r->err);
			return -1;
		}
		records++;
	}
	return records;
}

static void report(const char *what, double *times, int rounds, size_t size, double floor)
{
	double t = median(times, rounds), best = times[0];	/* median sorts: times[0] is the fastest round */

	printf("  %-7s %9.2f ms %7.2f GB/s", what, t * 1e3, (double)size / 1e9 / (t > 1e-9 ? t : 1e-9));
	if (floor > 0)
		printf("  %5.1f x read", t / floor);
	printf("   best %9.2f ms %7.2f GB/s\n", best * 1e3, (double)size / 1e9 / (best > 1e-9 ? best : 1e-9));
}

int main(int argc, char **argv)
{
	int rounds, i, k;
	open_fn open_image;

	if (argc < 4 || (rounds = atoi(argv[1])) < 1 || rounds > MAX_ROUNDS) {
		fprintf(stderr, "usage: %s ROUNDS(1-%d) payload|container IMAGE...\n", argv[0], MAX_ROUNDS);
		return 2;
	}
	if (strcmp(argv[2], "payload") == 0)
		open_image = payload_ckpt_open;
	else if (strcmp(argv[2], "container") == 0)
		open_image = container_ckpt_open;
	else {
		fprintf(stderr, "%s: no image kind %s\n", argv[0], argv[2]);
		return 2;
	}
#ifdef CKPTGEN_CRC32C_SSE42
	printf("CRC32C: %s\n", __builtin_cpu_supports("sse4.2") ? "SSE4.2 instruction" : "portable (no SSE4.2)");
#else
	printf("CRC32C: portable\n");
#endif
	for (k = 3; k < argc; k++) {
		const char *path = argv[k];
		struct stat st;
		unsigned char *buf;
		double t_read[MAX_ROUNDS], t_check[MAX_ROUNDS], t_walk[MAX_ROUNDS], t_mapped[MAX_ROUNDS];
		long records = 0;
		size_t size;

		if (stat(path, &st) != 0 || st.st_size <= 0) {
			fprintf(stderr, "%s: %s\n", path, strerror(errno));
			return 2;
		}
		size = (size_t)st.st_size;
		buf = (unsigned char *)malloc(size);
		if (!buf || read_all(path, buf, size) != 0) {	/* also brings the file into the page cache */
			fprintf(stderr, "%s: cannot read %zu bytes\n", path, size);
			return 2;
		}
		for (i = 0; i < rounds; i++) {
			struct ckpt_reader r;
			double t0, t1, t2, t3;
			void *map;
			int fd;

			t0 = now();
			if (read_all(path, buf, size) != 0)
				return 2;
			t1 = now();
			if (check(open_image, &r, buf, size, path) < 0)
				return 1;
			t2 = now();
			records = walk(&r, path);
			if (records < 0)
				return 1;
			t3 = now();
			t_read[i] = t1 - t0;
			t_check[i] = t2 - t1;
			t_walk[i] = t3 - t2;

			t0 = now();
			fd = open(path, O_RDONLY);
			map = fd < 0 ? MAP_FAILED : mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
			if (map == MAP_FAILED)
				return 2;
			close(fd);
			if (check(open_image, &r, (const unsigned char *)map, size, path) < 0 || walk(&r, path) < 0)
				return 1;
			munmap(map, size);
			t_mapped[i] = now() - t0;
		}
		printf("%s: %zu bytes, %ld records walked, %d rounds, medians:\n", path, size, records, rounds);
		report("read", t_read, rounds, size, 0);
		report("check", t_check, rounds, size, median(t_read, rounds));
		report("walk", t_walk, rounds, size, median(t_read, rounds));
		report("mapped", t_mapped, rounds, size, median(t_read, rounds));
		free(buf);
	}
	return 0;
}
