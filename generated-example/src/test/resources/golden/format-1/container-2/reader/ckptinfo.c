/*
 * ckptinfo: prints the records of a checkpoint image, as linux-cr's user-space ckptinfo did,
 * through the generated single-header reader alone. It checks the whole image first, as restore
 * and `ckpt verify` do (ckpt_open, ckpt_verify: the same verdict, offset and reason), then prints
 * one line for the image and one per record after the header's tables: its offset, its struct and
 * its fields as JSON. `ckpt dump IMAGE` prints the same text from Java.
 *
 * usage: ckptinfo [--records] [--key PUBLIC] IMAGE
 * exit: 0 valid; 1 invalid (stderr says at which offset and why); 2 usage or I/O error.
 * --records checks each record as it prints it, but not the image as a whole (ckpt_verify: its
 * sections and objrefs): for files of records that are no checkpoint, as tests write them.
 *
 * A signed image has its ckpt_hdr_signature line before the trailer's, and stderr says by which
 * key id it is signed. Built with -DCKPTGEN_WITH_SODIUM (and -lsodium), --key PUBLIC requires
 * the signature of that Ed25519 public key (X.509 DER, 44 bytes, or PEM, as ckpt keygen writes
 * it), checked as the Java readers check it; without libsodium, --key is refused (exit 2).
 *
 * Built for the container image; -DCKPT_IMAGE=other builds it for another, by other_ckpt_reader.h
 * (-DCKPT_READER='"path/other_ckpt_reader.h"' names the file, if it is not on the include path so).
 * The image is mapped, not read into memory, so images of many GiB cost page cache, not heap.
 * A file truncated while it is read faults a read of the mapping past its new end (SIGBUS): the
 * handler jumps back to main, which says so in one line and exits 1, as the Java reader does. The
 * path is opened with O_NONBLOCK, so a FIFO without a writer does not block open(2); anything but
 * a regular file is then refused.
 */
#define _POSIX_C_SOURCE 200809L
#define _FILE_OFFSET_BITS 64	/* 32-bit builds see sizes past 2 GiB (and then fail to map them) */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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
/* the image's entry points: container_ckpt_open, ... */
#define image_open CKPT_OF(CKPT_IMAGE, _ckpt_open)
#define image_open_signed CKPT_OF(CKPT_IMAGE, _ckpt_open_signed)

static sigjmp_buf truncated;
/* file scope, so that siglongjmp cannot clobber them: the handler's path unmaps them */
static void *map;
static size_t size;
static const unsigned char *buf;
static const char *image_path;
static const char *key_file;
static int whole = 1;	/* the whole image checked (ckpt_verify), not only each record */

static void on_sigbus(int sig)
{
	(void)sig;
	siglongjmp(truncated, 1);
}

/*
 * The reason, which may quote strings of the image (a section's name), as one line that shows
 * what they hold, as ckpt prints it (Printable.line): controls as \n, \r, \t or \xNN, and the
 * C1 controls and format characters a terminal acts on as \xNN or \uNNNN.
 */
static void print_reason(const char *reason)
{
	const unsigned char *p = (const unsigned char *)reason;
	size_t i, n = strlen(reason), len;
	unsigned c;

	for (i = 0; i < n; i++) {
		if (p[i] == '\n')
			fputs("\\n", stderr);
		else if (p[i] == '\r')
			fputs("\\r", stderr);
		else if (p[i] == '\t')
			fputs("\\t", stderr);
		else if (p[i] < 0x20)
			fprintf(stderr, "\\x%02x", p[i]);
		else if (p[i] >= 0x7f && (c = ckpt_json_inert(p, i, n, &len)) != 0) {
			fprintf(stderr, c < 0x100 ? "\\x%02x" : "\\u%04x", c);
			i += len - 1;
		} else
			fputc(p[i], stderr);
	}
	fputc('\n', stderr);
}

#ifdef CKPTGEN_WITH_SODIUM
/*
 * The raw 32 bytes of an Ed25519 public key file: X.509 SubjectPublicKeyInfo, DER (44 bytes) or
 * PEM ("-----BEGIN PUBLIC KEY-----"). 0, or -1 with a message on stderr.
 */
static int read_public_key(const char *file, unsigned char key[32])
{
	static const unsigned char prefix[12] = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
	unsigned char text[4096], der[64];
	const char *b64, *end;
	size_t n, len = 0;
	FILE *f = fopen(file, "rb");

	if (!f) {
		fprintf(stderr, "ckptinfo: %s: %s\n", file, strerror(errno));
		return -1;
	}
	n = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[n] = '\0';
	if (n == 44) {
		memcpy(der, text, n);
		len = n;
	} else if ((b64 = strstr((const char *)text, "-----BEGIN PUBLIC KEY-----")) != NULL
		   && (end = strstr(b64, "-----END PUBLIC KEY-----")) != NULL) {
		b64 += strlen("-----BEGIN PUBLIC KEY-----");
		if (sodium_base642bin(der, sizeof(der), b64, (size_t)(end - b64), "\r\n \t", &len, NULL,
				      sodium_base64_VARIANT_ORIGINAL) != 0)
			len = 0;
	}
	if (len != 44 || memcmp(der, prefix, sizeof(prefix)) != 0) {
		fprintf(stderr, "ckptinfo: %s: not an Ed25519 public key (X.509, DER or PEM)\n", file);
		return -1;
	}
	memcpy(key, der + 12, 32);
	return 0;
}
#endif

static int invalid(const char *file, const struct ckpt_reader *r)
{
	fflush(stdout);
	if (r->err_type < 0)
		fprintf(stderr, "ckptinfo: %s: at offset %zu: ", file, r->err_offset);
	else
		fprintf(stderr, "ckptinfo: %s: at offset %zu, record type 0x%llx: ", file, r->err_offset,
			(unsigned long long)r->err_type);
	print_reason(r->err);
	return 1;
}

int main(int argc, char **argv)
{
	struct ckpt_reader r;
	struct ckpt_record rec;
	struct ckpt_hdr_image h;
	static const unsigned char empty[1];
	struct stat st;
	int fd, i, status = 0, opened;
#ifdef CKPTGEN_WITH_SODIUM
	unsigned char key[32];
#endif

	for (i = 1; i < argc - 1; i++) {
		if (strcmp(argv[i], "--records") == 0 && whole)
			whole = 0;
		else if (strcmp(argv[i], "--key") == 0 && !key_file && i + 1 < argc - 1)
			key_file = argv[++i];
		else
			break;
	}
	if (argc < 2 || i != argc - 1) {
		fprintf(stderr, "usage: %s [--records] [--key PUBLIC] IMAGE\n", argv[0]);
		return 2;
	}
	image_path = argv[argc - 1];
#ifdef CKPTGEN_WITH_SODIUM
	if (key_file && read_public_key(key_file, key) < 0)
		return 2;
#else
	if (key_file) {
		fprintf(stderr, "ckptinfo: --key: this ckptinfo is built without libsodium (-DCKPTGEN_WITH_SODIUM); "
			"it cannot check signatures\n");
		return 2;
	}
#endif
	fd = open(image_path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
	if (fd < 0 || fstat(fd, &st) != 0) {
		fprintf(stderr, "ckptinfo: %s: %s\n", image_path, strerror(errno));
		return 2;
	}
	if (!S_ISREG(st.st_mode)) {
		fprintf(stderr, "ckptinfo: %s: not a regular file (a FIFO, device or directory; it is mapped, not read)\n",
			image_path);
		close(fd);
		return 2;
	}
	if ((uintmax_t)st.st_size > SIZE_MAX) {
		fprintf(stderr, "ckptinfo: %s: %jd bytes do not fit this process's address space\n", image_path,
			(intmax_t)st.st_size);
		close(fd);
		return 2;
	}
	size = (size_t)st.st_size;
	buf = empty;
	if (size > 0) {	/* an empty file is no image either; ckpt_open says why */
		map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (map == MAP_FAILED) {
			fprintf(stderr, "ckptinfo: %s: cannot map %zu bytes: %s\n", image_path, size, strerror(errno));
			close(fd);
			return 2;
		}
		buf = map;
	}
	close(fd);

	{
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_sigbus;
		sigemptyset(&sa.sa_mask);
		sigaction(SIGBUS, &sa, NULL);
	}
	if (sigsetjmp(truncated, 1)) {
		fflush(stdout);
		fprintf(stderr, "ckptinfo: %s: the file changed while it was read (truncated?); read it again once its writer is done\n",
			image_path);
		if (map)
			munmap(map, size);
		return 1;
	}
#ifdef CKPTGEN_WITH_SODIUM
	opened = key_file ? image_open_signed(&r, buf, size, key) : image_open(&r, buf, size);
#else
	opened = image_open(&r, buf, size);
#endif
	/* the whole image first, as restore checks it: nothing is printed of an invalid one */
	if (opened < 0 || (whole && ckpt_verify(&r) < 0)) {
		status = invalid(image_path, &r);
		goto out;
	}
	ckpt_hdr_image_load_at(buf, &h);
	printf("image %s version %u format %u fingerprint 0x%016llx records %llu bytes %zu crc32c 0x%08x\n",
	       h.image_name, h.image_version, h.format_version, (unsigned long long)h.schema_fingerprint,
	       (unsigned long long)r.nrecords + 1, size, r.crc32c);
	while (ckpt_next(&r, &rec) > 0) {
		if (ckpt_check(&r, &rec) < 0) {
			status = invalid(image_path, &r);
			goto out;
		}
		if (ckpt_name(&r, rec.type)) {
			printf("%zu %s ", rec.offset, ckpt_name(&r, rec.type));
			ckpt_json(&r, stdout, &rec);
			putchar('\n');
		} else {
			printf("%zu (unknown type 0x%x, %u bytes)\n", rec.offset, rec.type, rec.len);
		}
	}
	if (r.signature) {
		char hex[33];

		printf("%zu ckpt_hdr_signature ", r.signature);
		rec.type = CKPT_HDR_SIGNATURE;
		rec.p = buf + r.signature;
		ckpt_json(&r, stdout, &rec);
		putchar('\n');
		ckpt_key_id_hex(ckpt_signature_key_id(&r), hex);
		fflush(stdout);
		fprintf(stderr, "ckptinfo: %s: signed by key %s; %s\n", image_path, hex,
			key_file ? "the signature is valid" : "the signature was not checked (no --key)");
	}
	printf("%zu ckpt_hdr_trailer ", r.trailer);
	rec.type = CKPT_HDR_TRAILER;
	rec.p = buf + r.trailer;
	ckpt_json(&r, stdout, &rec);
	putchar('\n');
out:
	if (map)
		munmap(map, size);
	return status;
}
