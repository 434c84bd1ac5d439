/*
 * The generated header and reader as C and C++ users build them: this file is C99 and C++11 at
 * once, and uses nothing but the standard library. It reads the image in argv[1] into memory and
 * prints what ckptinfo prints. CReaderPortabilityTest compiles it for every language standard,
 * compiler, width and optimisation level, and runs some of the builds.
 *
 * -DCKPT_IMAGE=other builds it for another image (its other_ckpt_reader.h); -DCKPT_THREADS=N reads the
 * image from N threads at once (for ThreadSanitizer) and prints it once.
 */
#include <stdio.h>
#include <stdlib.h>

#ifndef CKPT_IMAGE
#define CKPT_IMAGE container
#endif
#define CKPT_PASTE(a, b) a##b
#define CKPT_OF(image, name) CKPT_PASTE(image, name)
#define CKPT_QUOTE(x) #x
#define CKPT_FILE(x) CKPT_QUOTE(x)
#ifndef CKPT_READER
#define CKPT_READER CKPT_FILE(CKPT_OF(CKPT_IMAGE, _ckpt_reader.h))
#endif
#include CKPT_READER

#ifdef CKPT_THREADS
#include <pthread.h>
#endif

struct image {
	unsigned char *buf;
	size_t size;
};

static int read_image(const char *file, struct image *img)
{
	FILE *f = fopen(file, "rb");
	size_t cap = 1 << 16;

	img->size = 0;
	img->buf = (unsigned char *)malloc(cap);
	if (!f || !img->buf)
		return -1;
	for (;;) {
		img->size += fread(img->buf + img->size, 1, cap - img->size, f);
		if (img->size < cap)
			break;
		cap *= 2;
		unsigned char *more = (unsigned char *)realloc(img->buf, cap);
		if (!more)
			return -1;
		img->buf = more;
	}
	return fclose(f);
}

/* Checks every record; prints the image as ckptinfo does when out is not NULL. */
static int walk(const struct image *img, FILE *out)
{
	struct ckpt_reader r;
	struct ckpt_record rec;
	struct ckpt_hdr_image h;

	if (CKPT_OF(CKPT_IMAGE, _ckpt_open)(&r, img->buf, img->size) < 0) {
		fprintf(stderr, "at offset %zu: %s\n", r.err_offset, r.err);
		return 1;
	}
	ckpt_hdr_image_load_at(img->buf, &h);
	if (out)
		fprintf(out, "image %s version %u format %u fingerprint 0x%016llx records %llu bytes %zu crc32c 0x%08x\n",
			h.image_name, h.image_version, h.format_version, (unsigned long long)h.schema_fingerprint,
			(unsigned long long)r.nrecords + 1, img->size, r.crc32c);
	while (ckpt_next(&r, &rec) > 0) {
		if (ckpt_check(&r, &rec) < 0) {
			fprintf(stderr, "at offset %zu: %s\n", r.err_offset, r.err);
			return 1;
		}
		if (!out)
			continue;
		if (ckpt_name(&r, rec.type)) {
			fprintf(out, "%zu %s ", rec.offset, ckpt_name(&r, rec.type));
			ckpt_json(&r, out, &rec);
			fputc('\n', out);
		} else {
			fprintf(out, "%zu (unknown type 0x%x, %u bytes)\n", rec.offset, rec.type, rec.len);
		}
	}
	if (out) {
		fprintf(out, "%zu ckpt_hdr_trailer ", r.trailer);
		rec.type = CKPT_HDR_TRAILER;
		rec.p = img->buf + r.trailer;
		ckpt_json(&r, out, &rec);
		fputc('\n', out);
	}
	return 0;
}

#ifdef CKPT_THREADS
static void *walk_quietly(void *img)
{
	return walk((const struct image *)img, NULL) == 0 ? img : NULL;
}
#endif

int main(int argc, char **argv)
{
	struct image img;
	int status;

	if (argc != 2) {
		fprintf(stderr, "usage: %s IMAGE\n", argv[0]);
		return 2;
	}
	if (read_image(argv[1], &img) != 0) {
		fprintf(stderr, "%s: cannot read it\n", argv[1]);
		return 2;
	}
#ifdef CKPT_THREADS
	{
		pthread_t threads[CKPT_THREADS];
		void *done;
		int i;

		for (i = 0; i < CKPT_THREADS; i++)
			if (pthread_create(&threads[i], NULL, walk_quietly, &img) != 0)
				return 2;
		for (i = 0; i < CKPT_THREADS; i++)
			if (pthread_join(threads[i], &done) != 0 || !done)
				return 1;
	}
#endif
	status = walk(&img, stdout);
	free(img.buf);
	return status;
}
