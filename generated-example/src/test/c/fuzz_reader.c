/*
 * The libFuzzer target of the generated C reader, as ckptinfo uses it: ckpt_open, then every
 * record checked (ckpt_check) and printed (ckpt_json). Built with
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
 *         -Itarget/include -o fuzz_reader src/test/c/fuzz_reader.c
 *
 * (README, "Fuzzing"); CReaderFuzzTest builds it and runs it over src/test/c/fuzz-corpus.
 *
 * Each input is sealed before it is read: its trailer's record count, length and CRC32C are set
 * to what precedes it, so that mutations reach past the checksum. Three mutations in four touch
 * only the records after the header and its tables (up to the first section, when those still
 * frame), so that most inputs get past the tables to the records. Besides ASan and UBSan, the
 * target aborts on an error message of more than one line or an error offset past the image,
 * and where the generated check of a record and its description alone disagree.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "container_ckpt_reader.h"

static FILE *sink;

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* Where the records after the header and its tables start (the first section, or the trailer), or 0 where the framing breaks before. */
static size_t records_start(const uint8_t *b, size_t size)
{
	size_t at = 0;
	int first = 1;

	for (;;) {
		__u32 len;
		if (size - at < 8)
			return 0;
		if (!first && (ckpt_le32(b + at) == CKPT_HDR_SECTION || ckpt_le32(b + at) == CKPT_HDR_TRAILER))
			return at;
		len = ckpt_le32(b + at + 4);
		if (len < 8 || len > size - at || align8(at + len) > size)
			return 0;
		at = align8(at + len);
		first = 0;
	}
}

static void put64(uint8_t *p, __u64 v)
{
	int i;
	for (i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

/* As Seal.image in the Java fuzz tests: the trailer is the first record of its type the walk reaches, else the last 40 bytes. */
static void seal(uint8_t *b, size_t size)
{
	size_t at = 0, trailer;
	__u64 count = 0;
	__u32 crc;
	int walked;

	if (size < 40)
		return;
	while (size - at >= 8 && ckpt_le32(b + at) != CKPT_HDR_TRAILER) {
		__u32 len = ckpt_le32(b + at + 4);
		if (len < 8 || len > size - at || align8(at + len) > size)
			break;
		at = align8(at + len);
		count++;
	}
	walked = size - at >= 40 && ckpt_le32(b + at) == CKPT_HDR_TRAILER;
	trailer = walked ? at : size - 40;
	if (walked)
		put64(b + trailer + 16, count);
	put64(b + trailer + 24, trailer);
	crc = ckpt_crc32c(b, trailer);
	b[trailer + 32] = (uint8_t)crc;
	b[trailer + 33] = (uint8_t)(crc >> 8);
	b[trailer + 34] = (uint8_t)(crc >> 16);
	b[trailer + 35] = (uint8_t)(crc >> 24);
}

static void require_clean(const struct ckpt_reader *r, size_t size)
{
	if (strchr(r->err, '\n') || r->err_offset > size || r->err[0] == '\0') {
		fprintf(stderr, "fuzz_reader: a bad error: offset %zu of %zu: \"%s\"\n", r->err_offset, size, r->err);
		abort();
	}
}

/*
 * The generated check of a record's struct (its description's ok, which ckpt_check runs first)
 * passes only what the description alone passes: the same verdict, by the two ways.
 */
static void require_one_verdict(const struct ckpt_reader *r, const struct ckpt_record *rec, int rc)
{
	const struct ckpt_struct *s = ckpt_struct_of(r->image, rec->type);
	struct ckpt_reader d = *r;

	if (s && (ckpt_check_struct_desc(&d, s, rec->offset, (__s64)rec->type) < 0) != (rc < 0)) {
		fprintf(stderr, "fuzz_reader: at offset %zu, the generated check says %d, the description %s\n", rec->offset,
			rc, d.err);
		abort();
	}
}

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
	size_t start = records_start(data, size);

	if (seed % 4 == 0 || start == 0 || start >= max_size)
		return LLVMFuzzerMutate(data, size, max_size);
	return start + LLVMFuzzerMutate(data + start, size - start, max_size - start);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ckpt_reader r;
	struct ckpt_record rec;
	/* a copy of exactly the input's size, so that ASan sees any read past its end */
	uint8_t *b = malloc(size ? size : 1);

	if (!b)
		return 0;
	if (!sink)
		sink = fopen("/dev/null", "w");
	memcpy(b, data, size);
	seal(b, size);
	if (container_ckpt_open(&r, b, size) < 0) {
		require_clean(&r, size);
	} else {
		while (ckpt_next(&r, &rec) > 0) {
			int rc = ckpt_check(&r, &rec);

			require_one_verdict(&r, &rec, rc);
			if (rc < 0) {
				require_clean(&r, size);
				break;
			}
			ckpt_json(&r, sink, &rec);
		}
	}
	free(b);
	return 0;
}
