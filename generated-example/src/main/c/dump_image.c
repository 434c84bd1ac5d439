/*
 * dump_image: prints every field of every record of a container image, through the structs of
 * the generated container_ckpt_hdr.h alone: the image header and its schema table, each
 * section and record, the trailer. The output format is the one of
 * org.ckptgen.example.demo.RecordText, so the Java side can compare it with its own values.
 *
 * It checks the framing: the header's magic, each len against the bytes left and the struct's
 * size, each count against the bytes of its record, the trailer as the last record, and the
 * trailer's record count, length and CRC32C (computed here). It trusts field values: the full
 * checking reader is generated from the same model in a later step. It assumes a
 * little-endian host.
 *
 * usage: dump_image FILE; exits 1 with the offset and the reason on a bad image.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "container_ckpt_hdr.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "dump_records reads little-endian records in place; it needs a little-endian host"
#endif

static unsigned long long u64(__u64 v) { return (unsigned long long)v; }

static const char *security_name(__u8 code)
{
	switch (code) {
	case CKPT_SECURITY_MSG_MSG: return "CKPT_SECURITY_MSG_MSG";
	case CKPT_SECURITY_IPC: return "CKPT_SECURITY_IPC";
	case CKPT_SECURITY_FILE: return "CKPT_SECURITY_FILE";
	case CKPT_SECURITY_CRED: return "CKPT_SECURITY_CRED";
	default: return "?";
	}
}

/*
 * The part of a record past its fixed struct (main checked len >= the fixed size) must hold
 * count elements of size bytes, plus extra bytes (a string's NUL).
 */
static int fits(const struct ckpt_hdr *h, size_t fixed, size_t count, size_t size, size_t extra)
{
	size_t room = h->len - fixed;
	return room >= extra && (room - extra) / size >= count;
}

/* CRC32C (Castagnoli, reflected 0x82f63b78), as java.util.zip.CRC32C computes it. */
static __u32 crc32c(const unsigned char *p, size_t n)
{
	__u32 crc = 0xffffffffu;
	int k;

	while (n--) {
		crc ^= *p++;
		for (k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0x82f63b78u & (0u - (crc & 1)));
	}
	return ~crc;
}

static void print_record(const struct ckpt_hdr *h)
{
	__u32 i;

	switch (h->type) {
	case CKPT_HDR_IMAGE: {
		const struct ckpt_hdr_image *m = (const void *)h;
		if (!fits(h, sizeof(*m), m->nschema, sizeof(m->schema[0]), 0)) {
			printf("ckpt_hdr_image: nschema %u is over the record's length\n", m->nschema);
			break;
		}
		printf("ckpt_hdr_image magic=\"%.*s\" format_version=%u byte_order=%u arch=%u image_version=%u"
		       " flags=%llu created_ns=%llu schema_fingerprint=%llu image_name=\"%.*s\" nschema=%u schema=[",
		       (int)sizeof(m->magic), m->magic, m->format_version, m->byte_order, m->arch,
		       m->image_version, u64(m->flags), u64(m->created_ns), u64(m->schema_fingerprint),
		       (int)sizeof(m->image_name), m->image_name, m->nschema);
		for (i = 0; i < m->nschema; i++)
			printf("%s{type=%u size=%u version=%u flags=%u name=\"%.*s\"}", i ? "," : "",
			       m->schema[i].type, m->schema[i].size, m->schema[i].version, m->schema[i].flags,
			       (int)sizeof(m->schema[i].name), m->schema[i].name);
		printf("]\n");
		break;
	}
	case CKPT_HDR_SECTION: {
		const struct ckpt_hdr_section *s = (const void *)h;
		printf("ckpt_hdr_section subsystem=\"%.*s\"\n", (int)sizeof(s->subsystem), s->subsystem);
		break;
	}
	case CKPT_HDR_TRAILER: {
		const struct ckpt_hdr_trailer *t = (const void *)h;
		printf("ckpt_hdr_trailer magic=\"%.*s\" nrecords=%llu total_length=%llu crc32c=%u\n",
		       (int)sizeof(t->magic), t->magic, u64(t->nrecords), u64(t->total_length), t->crc32c);
		break;
	}
	case CKPT_HDR_CRED: {
		const struct ckpt_hdr_cred *c = (const void *)h;
		const struct ckpt_capabilities *k = &c->cap_s;
		printf("ckpt_hdr_cred uid=%u suid=%u euid=%u fsuid=%u gid=%u sgid=%u egid=%u fsgid=%u"
		       " user_ref=%d groupinfo_ref=%d cap_s={cap_i_mask=%llu cap_p_mask=%llu"
		       " cap_e_mask=%llu cap_bset_mask=%llu securebits=%u}\n",
		       c->uid, c->suid, c->euid, c->fsuid, c->gid, c->sgid, c->egid, c->fsgid,
		       c->user_ref, c->groupinfo_ref, u64(k->cap_i_mask), u64(k->cap_p_mask),
		       u64(k->cap_e_mask), u64(k->cap_bset_mask), k->securebits);
		break;
	}
	case CKPT_HDR_GROUPINFO: {
		const struct ckpt_hdr_groupinfo *g = (const void *)h;
		if (!fits(h, sizeof(*g), g->ngroups, sizeof(g->groups[0]), 0)) {
			printf("ckpt_hdr_groupinfo: ngroups %u is over the record's length\n", g->ngroups);
			break;
		}
		printf("ckpt_hdr_groupinfo ngroups=%u groups=[", g->ngroups);
		for (i = 0; i < g->ngroups; i++)
			printf("%s%u", i ? "," : "", g->groups[i]);
		printf("]\n");
		break;
	}
	case CKPT_HDR_USER_STRUCT: {
		const struct ckpt_hdr_user_struct *u = (const void *)h;
		printf("ckpt_hdr_user_struct uid=%u userns_ref=%d\n", u->uid, u->userns_ref);
		break;
	}
	case CKPT_HDR_USER_NS: {
		const struct ckpt_hdr_user_ns *n = (const void *)h;
		printf("ckpt_hdr_user_ns creator_ref=%d\n", n->creator_ref);
		break;
	}
	case CKPT_HDR_LSM: {
		const struct ckpt_hdr_lsm *l = (const void *)h;
		if (!fits(h, sizeof(*l), l->label_len, 1, 1) || l->label[l->label_len] != '\0') {
			printf("ckpt_hdr_lsm: label_len %u does not fit the record\n", l->label_len);
			break;
		}
		printf("ckpt_hdr_lsm sectype=%s label_len=%u label=\"%s\"\n",
		       security_name(l->sectype), l->label_len, l->label);
		break;
	}
	case CKPT_HDR_UTSNS: {
		const struct ckpt_hdr_utsns *u = (const void *)h;
		printf("ckpt_hdr_utsns sysname=\"%.*s\" nodename=\"%.*s\" release=\"%.*s\""
		       " version=\"%.*s\" machine=\"%.*s\" domainname=\"%.*s\"\n",
		       (int)sizeof(u->sysname), u->sysname, (int)sizeof(u->nodename), u->nodename,
		       (int)sizeof(u->release), u->release, (int)sizeof(u->version), u->version,
		       (int)sizeof(u->machine), u->machine, (int)sizeof(u->domainname), u->domainname);
		break;
	}
	case CKPT_HDR_TASK: {
		const struct ckpt_hdr_task *t = (const void *)h;
		printf("ckpt_hdr_task pid=%u state=%u start_time=%llu frozen=%u exit_code=%d"
		       " exit_signal=%u comm=\"%.*s\" blocked_signals=[%u,%u]\n",
		       t->pid, t->state, u64(t->start_time), t->frozen, t->exit_code, t->exit_signal,
		       (int)sizeof(t->comm), t->comm, t->blocked_signals[0], t->blocked_signals[1]);
		break;
	}
	case CKPT_HDR_TASK_CREDS: {
		const struct ckpt_hdr_task_creds *t = (const void *)h;
		printf("ckpt_hdr_task_creds cred_ref=%d ecred_ref=%d\n", t->cred_ref, t->ecred_ref);
		break;
	}
	case CKPT_HDR_RLIMITS: {
		const struct ckpt_hdr_rlimits *l = (const void *)h;
		printf("ckpt_hdr_rlimits rlim=[");
		for (i = 0; i < sizeof(l->rlim) / sizeof(l->rlim[0]); i++)
			printf("%s{cur=%llu max=%llu}", i ? "," : "", u64(l->rlim[i].cur), u64(l->rlim[i].max));
		printf("]\n");
		break;
	}
	case CKPT_HDR_FILE_TABLE: {
		const struct ckpt_hdr_file_table *f = (const void *)h;
		if (!fits(h, sizeof(*f), f->nfiles, sizeof(f->files[0]), 0)) {
			printf("ckpt_hdr_file_table: nfiles %u is over the record's length\n", f->nfiles);
			break;
		}
		printf("ckpt_hdr_file_table nfiles=%u files=[", f->nfiles);
		for (i = 0; i < f->nfiles; i++)
			printf("%s{fd=%u flags=%u pos=%llu label_ref=%d}", i ? "," : "", f->files[i].fd,
			       f->files[i].flags, u64(f->files[i].pos), f->files[i].label_ref);
		printf("]\n");
		break;
	}
	case CKPT_HDR_MEMORY_PAGE: {
		const struct ckpt_hdr_memory_page *p = (const void *)h;
		if (!fits(h, sizeof(*p), p->data_len, 1, 0)) {
			printf("ckpt_hdr_memory_page: data_len %u is over the record's length\n", p->data_len);
			break;
		}
		printf("ckpt_hdr_memory_page address=%llu prot=%u data_len=%u data=",
		       u64(p->address), p->prot, p->data_len);
		for (i = 0; i < p->data_len; i++)
			printf("%02x", p->data[i]);
		printf("\n");
		break;
	}
	default:
		printf("unknown record type 0x%x, %u bytes\n", h->type, h->len);
	}
}

/* The fixed size of each known record type, so that a short record is caught before use. */
static size_t fixed_size(__u32 type)
{
	switch (type) {
	case CKPT_HDR_IMAGE: return sizeof(struct ckpt_hdr_image);
	case CKPT_HDR_SECTION: return sizeof(struct ckpt_hdr_section);
	case CKPT_HDR_OBJREF: return sizeof(struct ckpt_hdr_objref);
	case CKPT_HDR_TRAILER: return sizeof(struct ckpt_hdr_trailer);
	case CKPT_HDR_CRED: return sizeof(struct ckpt_hdr_cred);
	case CKPT_HDR_GROUPINFO: return sizeof(struct ckpt_hdr_groupinfo);
	case CKPT_HDR_USER_STRUCT: return sizeof(struct ckpt_hdr_user_struct);
	case CKPT_HDR_USER_NS: return sizeof(struct ckpt_hdr_user_ns);
	case CKPT_HDR_LSM: return sizeof(struct ckpt_hdr_lsm);
	case CKPT_HDR_UTSNS: return sizeof(struct ckpt_hdr_utsns);
	case CKPT_HDR_TASK: return sizeof(struct ckpt_hdr_task);
	case CKPT_HDR_TASK_CREDS: return sizeof(struct ckpt_hdr_task_creds);
	case CKPT_HDR_RLIMITS: return sizeof(struct ckpt_hdr_rlimits);
	case CKPT_HDR_FILE_TABLE: return sizeof(struct ckpt_hdr_file_table);
	case CKPT_HDR_MEMORY_PAGE: return sizeof(struct ckpt_hdr_memory_page);
	default: return sizeof(struct ckpt_hdr);
	}
}

static int fail(const char *file, size_t off, const char *reason, unsigned char *buf)
{
	fprintf(stderr, "%s: offset %zu: %s\n", file, off, reason);
	free(buf);
	return 1;
}

int main(int argc, char **argv)
{
	FILE *in;
	unsigned char *buf;
	long size;
	size_t off = 0;
	unsigned long long nrecords = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s FILE\n", argv[0]);
		return 2;
	}
	in = fopen(argv[1], "rb");
	if (!in || fseek(in, 0, SEEK_END) != 0 || (size = ftell(in)) < 0 || fseek(in, 0, SEEK_SET) != 0) {
		perror(argv[1]);
		return 1;
	}
	buf = malloc(size ? (size_t)size : 1);   /* malloc aligns for every struct */
	if (!buf || fread(buf, 1, (size_t)size, in) != (size_t)size) {
		fprintf(stderr, "%s: cannot read %ld bytes\n", argv[1], size);
		return 1;
	}
	fclose(in);

	if ((size_t)size < sizeof(struct ckpt_hdr_image) || ((const struct ckpt_hdr *)buf)->type != CKPT_HDR_IMAGE
	    || memcmp(((const struct ckpt_hdr_image *)buf)->magic, "CKPTGEN", 8) != 0)
		return fail(argv[1], 0, "not a ckptgen image", buf);

	for (;;) {
		const struct ckpt_hdr *h = (const void *)(buf + off);
		size_t left = (size_t)size - off;
		if (left < sizeof(*h))
			return fail(argv[1], off, "the image ends without a trailer", buf);
		if (h->len > left || h->len < fixed_size(h->type))
			return fail(argv[1], off, "bad record header", buf);
		if (h->type == CKPT_HDR_TRAILER) {
			const struct ckpt_hdr_trailer *t = (const void *)h;
			if (off + (((size_t)h->len + 7) & ~(size_t)7) != (size_t)size)
				return fail(argv[1], off, "bytes follow the trailer", buf);
			if (t->nrecords != nrecords || t->total_length != off)
				return fail(argv[1], off, "the trailer's record count or length is wrong", buf);
			if (t->crc32c != crc32c(buf, off))
				return fail(argv[1], off + offsetof(struct ckpt_hdr_trailer, crc32c), "checksum mismatch", buf);
			print_record(h);
			break;
		}
		print_record(h);
		nrecords++;
		off += ((size_t)h->len + 7) & ~(size_t)7;
	}
	free(buf);
	return 0;
}
