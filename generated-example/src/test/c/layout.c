/*
 * Prints what the C compiler makes of the generated header: the size of every record struct
 * and the offset of every member the tests check by hand. Built -m32 and -m64.
 */
#include <stdio.h>

#include "container_ckpt_hdr.h"

#define SIZE(s) printf("%s size %zu\n", #s, sizeof(struct s))
#define AT(s, m) printf("%s %s %zu\n", #s, #m, offsetof(struct s, m))

int main(void)
{
	SIZE(ckpt_capabilities);
	AT(ckpt_capabilities, cap_i_mask); AT(ckpt_capabilities, cap_bset_mask);
	AT(ckpt_capabilities, securebits); AT(ckpt_capabilities, __pad1);
	SIZE(ckpt_hdr_cred);
	AT(ckpt_hdr_cred, uid); AT(ckpt_hdr_cred, fsgid); AT(ckpt_hdr_cred, user_ref);
	AT(ckpt_hdr_cred, groupinfo_ref); AT(ckpt_hdr_cred, cap_s);
	SIZE(ckpt_hdr_groupinfo);
	AT(ckpt_hdr_groupinfo, ngroups); AT(ckpt_hdr_groupinfo, groups);
	SIZE(ckpt_hdr_lsm);
	AT(ckpt_hdr_lsm, sectype); AT(ckpt_hdr_lsm, __pad1); AT(ckpt_hdr_lsm, label_len); AT(ckpt_hdr_lsm, label);
	SIZE(ckpt_hdr_task);
	AT(ckpt_hdr_task, pid); AT(ckpt_hdr_task, state); AT(ckpt_hdr_task, __pad1); AT(ckpt_hdr_task, start_time);
	AT(ckpt_hdr_task, frozen); AT(ckpt_hdr_task, exit_code); AT(ckpt_hdr_task, exit_signal);
	AT(ckpt_hdr_task, comm); AT(ckpt_hdr_task, __pad3); AT(ckpt_hdr_task, blocked_signals);
	SIZE(ckpt_hdr_user_struct);
	SIZE(ckpt_hdr_user_ns);
	SIZE(ckpt_hdr_utsns);
	SIZE(ckpt_hdr_task_creds);
	SIZE(ckpt_hdr_rlimits);
	SIZE(ckpt_hdr_file_table);
	SIZE(ckpt_hdr_memory_page);
	return 0;
}
