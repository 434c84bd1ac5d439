/*
 * ckptinfo: prints the records of a checkpoint image, as linux-cr's user-space ckptinfo did,
 * through the generated single-header reader alone. One line for the image, then one per record
 * after the header's tables: its offset, its struct and its fields as JSON. `ckpt dump IMAGE`
 * prints the same text from Java.
 *
 * usage: ckptinfo IMAGE
 * exit: 0 valid; 1 invalid (stderr says at which offset and why); 2 usage or I/O error.
 *
 * Built for the container image; -DCKPT_READER='"other_ckpt_reader.h"' builds it for another.
 */
#include <stdio.h>
#include <stdlib.h>

#ifndef CKPT_READER
#define CKPT_READER "container_ckpt_reader.h"
#endif
#include CKPT_READER

static int invalid(const char *file, const struct ckpt_reader *r)
{
	fflush(stdout);
	if (r->err_type < 0)
		fprintf(stderr, "ckptinfo: %s: at offset %zu: %s\n", file, r->err_offset, r->err);
	else
		fprintf(stderr, "ckptinfo: %s: at offset %zu, record type 0x%lx: %s\n", file, r->err_offset,
			(unsigned long)r->err_type, r->err);
	return 1;
}

int main(int argc, char **argv)
{
	struct ckpt_reader r;
	struct ckpt_record rec;
	struct ckpt_hdr_image h;
	unsigned char *buf;
	long size;
	FILE *in;
	int status = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s IMAGE\n", argv[0]);
		return 2;
	}
	in = fopen(argv[1], "rb");
	if (!in || fseek(in, 0, SEEK_END) != 0 || (size = ftell(in)) < 0 || fseek(in, 0, SEEK_SET) != 0) {
		perror(argv[1]);
		return 2;
	}
	buf = malloc(size ? (size_t)size : 1);
	if (!buf || fread(buf, 1, (size_t)size, in) != (size_t)size) {
		fprintf(stderr, "ckptinfo: %s: cannot read %ld bytes\n", argv[1], size);
		return 2;
	}
	fclose(in);

	if (ckpt_open(&r, buf, (size_t)size) < 0) {
		status = invalid(argv[1], &r);
		goto out;
	}
	ckpt_hdr_image_load_at(buf, &h);
	printf("image %s version %u format %u fingerprint 0x%016llx records %llu bytes %ld crc32c 0x%08x\n",
	       h.image_name, h.image_version, h.format_version, (unsigned long long)h.schema_fingerprint,
	       (unsigned long long)r.nrecords + 1, size, r.crc32c);
	while (ckpt_next(&r, &rec) > 0) {
		if (ckpt_check(&r, &rec) < 0) {
			status = invalid(argv[1], &r);
			goto out;
		}
		if (ckpt_name(rec.type)) {
			printf("%zu %s ", rec.offset, ckpt_name(rec.type));
			ckpt_json(stdout, &rec);
			putchar('\n');
		} else {
			printf("%zu (unknown type 0x%x, %u bytes)\n", rec.offset, rec.type, rec.len);
		}
	}
	printf("%zu ckpt_hdr_trailer ", r.trailer);
	rec.type = CKPT_HDR_TRAILER;
	rec.p = buf + r.trailer;
	ckpt_json(stdout, &rec);
	putchar('\n');
out:
	free(buf);
	return status;
}
