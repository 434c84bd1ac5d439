/**
 * JMH benchmarks of ckptgen against its peers: {@code codec} (generated codecs against
 * hand-written ones, SBE and protobuf), {@code image} (whole images against raw
 * {@code FileChannel} I/O) and {@code processor} (javac's time with and without the processor).
 */
package org.ckptgen.bench;
