/*
 * The readers of three images in one translation unit: the container's, from the example's build,
 * and the journal's and the bulk image's, two roots of its tests' one build, which hold no struct
 * in common. Each file of argv is offered to each reader in turn;
 * the one of its image reads it whole (ckpt_open, ckpt_verify) and prints it as ckptinfo does,
 * the other says why not. TwoImagesCReaderTest builds it as C and C++, 32- and 64-bit, with gcc
 * and clang.
 */
#include <stdio.h>
#include <stdlib.h>

#include "container_ckpt_reader.h"
#include "journal_ckpt_reader.h"
#include "bulk_ckpt_reader.h"
#include "container_ckpt_reader.h"	/* again: each file is guarded */

struct reader {
	const char *image;
	int (*open)(struct ckpt_reader *, const void *, size_t);
};

static const struct reader readers[] = {
	{"container", container_ckpt_open},
	{"journal", journal_ckpt_open},
	{"bulk", bulk_ckpt_open},
};

static unsigned char *read_file(const char *file, size_t *size)
{
	FILE *f = fopen(file, "rb");
	unsigned char *buf = NULL;
	long n;

	if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0
	    && (buf = (unsigned char *)malloc((size_t)n + 1)) != NULL) {
		*size = fread(buf, 1, (size_t)n, f);
	}
	if (f)
		fclose(f);
	return buf;
}

/* Prints an opened image as ckptinfo does: the header's line, every record, the trailer. */
static int print(struct ckpt_reader *r)
{
	struct ckpt_record rec;
	struct ckpt_hdr_image h;

	ckpt_hdr_image_load_at(r->buf, &h);
	printf("image %s version %u format %u fingerprint 0x%016llx records %llu bytes %zu crc32c 0x%08x\n",
	       h.image_name, h.image_version, h.format_version, (unsigned long long)h.schema_fingerprint,
	       (unsigned long long)r->nrecords + 1, r->size, r->crc32c);
	while (ckpt_next(r, &rec) > 0) {
		if (ckpt_check(r, &rec) < 0)
			return -1;
		printf("%zu %s ", rec.offset, ckpt_name(r, rec.type));
		ckpt_json(r, stdout, &rec);
		putchar('\n');
	}
	printf("%zu ckpt_hdr_trailer ", r->trailer);
	rec.type = CKPT_HDR_TRAILER;
	rec.p = r->buf + r->trailer;
	ckpt_json(r, stdout, &rec);
	putchar('\n');
	return 0;
}

int main(int argc, char **argv)
{
	int i;
	size_t k;

	for (i = 1; i < argc; i++) {
		size_t size = 0;
		unsigned char *buf = read_file(argv[i], &size);

		if (!buf) {
			fprintf(stderr, "%s: cannot read it\n", argv[i]);
			return 2;
		}
		for (k = 0; k < sizeof(readers) / sizeof(readers[0]); k++) {
			struct ckpt_reader r;

			if (readers[k].open(&r, buf, size) < 0 || ckpt_verify(&r) < 0) {
				printf("%s refuses it: at offset %zu: %s\n", readers[k].image, r.err_offset, r.err);
			} else {
				printf("%s reads it\n", readers[k].image);
				if (print(&r) < 0)
					printf("but not its records: at offset %zu: %s\n", r.err_offset, r.err);
			}
		}
		free(buf);
	}
	return 0;
}
