#!/bin/sh
# The C reader against a plain read of the same file, in one run (README.md, "The C reader").
# Needs benchmarks/target/benchmarks.jar (mvn -B -q install -DskipTests -Pbench) and gcc.
# usage: benchmarks/creader.sh [ROUNDS] [TASKS] [CFLAGS...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/benchmarks.jar"
work="$here/target/creader"
rounds=${1:-5}
tasks=${2:-65536}
[ $# -ge 2 ] && shift 2 || shift $#
mkdir -p "$work"
# the headers of this build's images, as a C user gets them: from the jar
(cd "$work" && unzip -o -q "$jar" 'META-INF/ckptgen/include/*')
gcc -std=c11 -O2 -Wall -Wextra -Werror "$@" -I"$work/META-INF/ckptgen/include" \
	-o "$work/creader_speed" "$here/src/main/c/creader_speed.c"
[ -f "$work/payload-1g.ckpt" ] && [ -f "$work/container-$tasks.ckpt" ] ||
	java -Xmx6g -cp "$jar" org.ckptgen.bench.image.CReaderImages "$work" "$tasks"
"$work/creader_speed" "$rounds" payload "$work/payload-1g.ckpt"
"$work/creader_speed" "$rounds" container "$work/container-$tasks.ckpt"
