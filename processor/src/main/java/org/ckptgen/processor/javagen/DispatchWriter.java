package org.ckptgen.processor.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;

/**
 * Writes {@code <Root>Dispatch}, Morgan's generated glue: a builder that takes every subsystem,
 * checkpoint that calls every checkpoint hook in dispatch order (model/SubsystemOrder: the
 * after/before constraints, then the name) into one image, and restore that checks the whole
 * image first, then calls the restore hooks in the same order, paying attention to return codes,
 * and aborts the ones already restored, in reverse, when one fails.
 */
public final class DispatchWriter {
  private static final String IMAGE = Names.IMAGE;
  private static final ClassName ATOMIC_FILE = ClassName.get(IMAGE, "AtomicFile");
  private static final ClassName IMAGE_WRITER = ClassName.get(IMAGE, "ImageWriter");
  private static final ClassName IMAGE_READER = ClassName.get(IMAGE, "ImageReader");
  private static final ClassName IMAGE_CHECKER = ClassName.get(IMAGE, "ImageChecker");
  private static final ClassName EXPECTATION = IMAGE_CHECKER.nestedClass("Expectation");
  private static final ClassName CHECKED = IMAGE_CHECKER.nestedClass("Checked");
  private static final ClassName CHECKPOINT_CONTEXT = ClassName.get(Names.IMAGE_HOOK, "CheckpointContext");
  private static final ClassName RESTORE_CONTEXT = ClassName.get(Names.IMAGE_HOOK, "RestoreContext");
  private static final ClassName FLAG = RESTORE_CONTEXT.nestedClass("Flag");
  private static final ClassName CALLER = ClassName.get(Names.IMAGE_HOOK, "Caller");
  private static final ClassName TRAILER = ClassName.get(IMAGE, "Trailer");
  private static final ClassName RECORD_VIEW = ClassName.get(IMAGE, "RecordView");
  private static final ClassName CHECKPOINT_EXCEPTION = ClassName.get(Names.IMAGE_HOOK, "CheckpointException");
  private static final ClassName RESTORE_EXCEPTION = ClassName.get(Names.IMAGE_HOOK, "RestoreException");
  private static final ClassName SIGNING = ClassName.get(IMAGE, "Signing");
  private static final ClassName PRIVATE_KEY = ClassName.get("java.security", "PrivateKey");
  private static final ClassName PUBLIC_KEY = ClassName.get("java.security", "PublicKey");

  private final String imageName;
  private final List<SubsystemModel> subsystems;
  private final ClassName schema;
  private final Map<StructLayout, String> codecs;
  private final ClassName dispatch;

  private DispatchWriter(JavaType root, String imageName, List<SubsystemModel> subsystems, List<StructLayout> structs) {
    this.imageName = imageName;
    this.subsystems = subsystems;
    this.schema = SchemaWriter.schemaClass(root);
    this.codecs = SchemaWriter.codecFields(structs);
    this.dispatch = ClassName.get(root.packageName(), root.flatName("Dispatch"));
  }

  /** @param subsystems the image's subsystems, in dispatch order */
  public static JavaFile write(JavaType root, String imageName, List<SubsystemModel> subsystems,
      List<StructLayout> structs, List<Element> origins) {
    return new DispatchWriter(root, imageName, subsystems, structs).file(origins);
  }

  private JavaFile file(List<Element> origins) {
    TypeSpec.Builder type = TypeSpec.classBuilder(dispatch)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.GENERATED)
        .addJavadoc("Checkpoints and restores \"$L\" images through its subsystems, in dispatch order (their\n"
            + "{@code @Subsystem(after, before)}, then by name; aborts in reverse):\n$L.\n", imageName,
            subsystems.stream().map(s -> "{@code " + s.name() + "}").collect(Collectors.joining(", ")));
    origins.forEach(type::addOriginatingElement);
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "SUBSYSTEMS",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The subsystems' names, in the order their hooks run.\n")
        .initializer("$T.of($L)", List.class, subsystems.stream().map(s -> CodeBlock.of("$S", s.name()))
            .collect(CodeBlock.joining(",$W")))
        .build());
    type.addField(FieldSpec.builder(EXPECTATION, "EXPECTATION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($T.trusted(),$W$T::codec)", EXPECTATION, schema, schema)
        .build());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    TypeSpec.Builder builder = TypeSpec.classBuilder("Builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Takes every subsystem; {@link #build()} refuses to go without one.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(dispatch)
        .addJavadoc("@throws IllegalStateException if a subsystem was not given\n");
    for (SubsystemModel s : subsystems) {
      ClassName c = Names.javaClass(s.javaType());
      String field = field(s);
      type.addField(c, field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(c, field).addStatement("this.$L = $L", field, field);
      builder.addField(c, field, Modifier.PRIVATE);
      builder.addMethod(MethodSpec.methodBuilder(field)
          .addModifiers(Modifier.PUBLIC)
          .returns(dispatch.nestedClass("Builder"))
          .addParameter(c, field)
          .addJavadoc("The {@code $L} subsystem.\n", s.name())
          .addStatement("this.$L = $T.requireNonNull($L, $S)", field, Objects.class, field, s.name())
          .addStatement("return this")
          .build());
      build.beginControlFlow("if ($L == null)", field)
          .addStatement("throw new $T($S)", IllegalStateException.class,
              "the \"" + s.name() + "\" subsystem (" + c.simpleName() + ") was not given to the builder")
          .endControlFlow();
    }
    // the keys: optional, so that an unsigned build reads as before
    type.addField(FieldSpec.builder(PRIVATE_KEY, "signingKey", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("Signs every image checkpoint writes; null: unsigned images.\n").build());
    type.addField(FieldSpec.builder(PUBLIC_KEY, "requiredKey", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The key restore requires images to be signed with; null: any image, its signature unchecked.\n")
        .build());
    constructor.addParameter(PRIVATE_KEY, "signingKey").addStatement("this.signingKey = signingKey")
        .addParameter(PUBLIC_KEY, "requiredKey").addStatement("this.requiredKey = requiredKey");
    builder.addField(PRIVATE_KEY, "signingKey", Modifier.PRIVATE);
    builder.addField(PUBLIC_KEY, "requiredKey", Modifier.PRIVATE);
    builder.addMethod(MethodSpec.methodBuilder("signWith")
        .addModifiers(Modifier.PUBLIC)
        .returns(dispatch.nestedClass("Builder"))
        .addParameter(PRIVATE_KEY, "key")
        .addJavadoc("Signs every image that checkpoint writes with {@code key}, an Ed25519 private key: a\n"
            + "signature record before the trailer covers every byte before it (docs/FORMAT.md).\n\n"
            + "@throws IllegalArgumentException if {@code key} is not an Ed25519 private key\n")
        .addStatement("this.signingKey = $T.signingKey(key)", SIGNING)
        .addStatement("return this")
        .build());
    builder.addMethod(MethodSpec.methodBuilder("requireSignature")
        .addModifiers(Modifier.PUBLIC)
        .returns(dispatch.nestedClass("Builder"))
        .addParameter(PUBLIC_KEY, "key")
        .addJavadoc("Makes restore refuse every image that {@code key}, an Ed25519 public key, did not sign:\n"
            + "unsigned, signed by another key, or changed by a byte since; checked after the framing and\n"
            + "checksum, before anything else of the image is believed and before any hook runs.\n\n"
            + "@throws IllegalArgumentException if {@code key} is not an Ed25519 public key\n")
        .addStatement("this.requiredKey = $T.verifyingKey(key)", SIGNING)
        .addStatement("return this")
        .build());
    build.addStatement("return new $T($L, signingKey, requiredKey)", dispatch,
        subsystems.stream().map(s -> CodeBlock.of("$L", field(s))).collect(CodeBlock.joining(",$W")));
    builder.addMethod(build.build());
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(dispatch.nestedClass("Builder"))
        .addStatement("return new Builder()")
        .build());
    type.addType(builder.build());
    type.addMethod(checkpointToPath());
    type.addMethod(checkpointToChannel());
    type.addMethod(restoreFrom(TypeName.get(Path.class), "path"));
    type.addMethod(restoreFrom(TypeName.get(ReadableByteChannel.class), "in"));
    type.addMethod(restore());
    type.addMethod(abort());
    return JavaFile.builder(dispatch.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private String field(SubsystemModel s) {
    return Names.camel(s.name());
  }

  // public Trailer checkpoint(Path path): the image replaces the file only once it is whole
  private MethodSpec checkpointToPath() {
    return MethodSpec.methodBuilder("checkpoint")
        .addModifiers(Modifier.PUBLIC)
        .returns(TRAILER)
        .addParameter(Path.class, "path")
        .addExceptions(List.of(TypeName.get(IOException.class), CHECKPOINT_EXCEPTION))
        .addJavadoc("Checkpoints every subsystem into the image at {@code path}, which is replaced only once the\n"
            + "new image is whole and on disk: after a failure, an earlier image there is left as it was.\n")
        .addStatement("$T<$T> done = new $T<>(1)", List.class, TRAILER, ArrayList.class)
        .addStatement("$T.<$T>write(path, channel -> done.add(checkpoint(channel)))", ATOMIC_FILE, CHECKPOINT_EXCEPTION)
        .addStatement("return done.get(0)")
        .build();
  }

  // public Trailer checkpoint(WritableByteChannel out) { header; per subsystem: section, hook, state record; trailer }
  private MethodSpec checkpointToChannel() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("checkpoint")
        .addModifiers(Modifier.PUBLIC)
        .returns(TRAILER)
        .addParameter(WritableByteChannel.class, "out")
        .addExceptions(List.of(TypeName.get(IOException.class), CHECKPOINT_EXCEPTION))
        .addJavadoc("Checkpoints every subsystem, in dispatch order ({@link #SUBSYSTEMS}), as one image written\n"
            + "to {@code out}; signed, by a dispatch built with {@link Builder#signWith}.\n\n"
            + "@throws CheckpointException naming the subsystem whose hook failed\n")
        .addStatement("$T now = $T.now()", java.time.Instant.class, java.time.Instant.class)
        .addStatement("$T writer = new $T(out, $T.header(now.getEpochSecond() * 1_000_000_000L + now.getNano()),\n"
            + "$T.fields(), $T.enums(), $T.subsystems(), signingKey)", IMAGE_WRITER, IMAGE_WRITER, schema, schema, schema, schema)
        .addStatement("$T ctx = new $T(writer)", CHECKPOINT_CONTEXT, CHECKPOINT_CONTEXT);
    for (SubsystemModel s : subsystems) {
      m.addStatement("writer.beginSection($S)", s.name())
          .beginControlFlow("try")
          .addStatement("writer.write($T.$L, $T.requireNonNull($L.$L(ctx), $S))", schema, codecs.get(s.state()),
              Objects.class, field(s), s.checkpoint(), "the checkpoint hook returned null")
          .nextControlFlow("catch ($T e)", Throwable.class)
          .addComment("a hook may throw anything, Errors included; the image is abandoned and the cause kept")
          .addStatement("throw new $T($S, e)", CHECKPOINT_EXCEPTION, s.name())
          .endControlFlow();
    }
    return m.addStatement("return writer.finish()").build();
  }

  private MethodSpec restoreFrom(TypeName source, String name) {
    return MethodSpec.methodBuilder("restore")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(source, name)
        .addParameter(CALLER, "caller")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), FLAG), "flags")
        .addExceptions(List.of(TypeName.get(IOException.class), Names.FORMAT_EXCEPTION, RESTORE_EXCEPTION))
        .addJavadoc("Restores every subsystem from the image $L, all or nothing: the whole image is checked\n"
            + "first; then the restore hooks run in dispatch order ({@link #SUBSYSTEMS}), and if one fails,\n"
            + "the subsystems restored before it are aborted in reverse order. A dispatch built with\n"
            + "{@link Builder#requireSignature} first requires the image to be signed by that key.\n\n"
            + "@param caller who asks, so hooks can refuse what the caller could not do itself\n"
            + "@throws $T if the image is bad; no hook has run\n"
            + "@throws $T naming the subsystem, record and reason of the hook that failed, whether it\n"
            + "    returned non-zero or threw, an Error included (the Throwable is the cause); only an\n"
            + "    Error thrown while this exception itself is made (the heap exhausted) can escape instead\n",
            name.equals("path") ? "at {@code path}" : "read from {@code in}", Names.FORMAT_EXCEPTION, RESTORE_EXCEPTION)
        .beginControlFlow("try ($T image = $T.open($L))", IMAGE_READER, IMAGE_READER, name)
        .addStatement("restore(image, caller, flags)")
        .endControlFlow()
        .build();
  }

  // private void restore(ImageReader image, ...) {
  //   Checked checked = ImageChecker.check(image, EXPECTATION); ...
  //   RestoreException failure = null; int restored = 0;
  //   try { int credCode = cred.restore(ctx, checked.state("cred", ContainerImageSchema.CRED_SECTION));
  //         if (credCode != 0) { throw failure = RestoreException.returned("cred", states[0], credCode); } restored++; ...
  //   } catch (Throwable e) { if (e != failure) failure = RestoreException.threw(...); abort(restored, ctx, failure); throw failure; }
  private MethodSpec restore() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("restore")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(IMAGE_READER, "image")
        .addParameter(CALLER, "caller")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), FLAG), "flags")
        .addExceptions(List.of(Names.FORMAT_EXCEPTION, RESTORE_EXCEPTION))
        .addStatement("$T checked = $T.check(image, EXPECTATION, requiredKey)", CHECKED, IMAGE_CHECKER)
        .addStatement("$T ctx = new $T(caller, flags, checked.objects())", RESTORE_CONTEXT, RESTORE_CONTEXT)
        .addStatement("$T[] states = {$L}", RECORD_VIEW, subsystems.stream()
            .map(s -> CodeBlock.of("checked.states().get($S)", s.name())).collect(CodeBlock.joining(",$W")))
        .addStatement("$T failure = null", RESTORE_EXCEPTION)
        .addStatement("int restored = 0")
        .beginControlFlow("try");
    for (int i = 0; i < subsystems.size(); i++) {
      SubsystemModel s = subsystems.get(i);
      // the state as the check decoded it: a second decode could read a file changed since
      CodeBlock call = CodeBlock.of("$L.$L(ctx, checked.state($S, $T.$L))", field(s), s.restore(), s.name(), schema,
          codecs.get(s.state()));
      if (s.absent() != null) {
        // added in image version since(): an older image has no section, and the absent hook decides
        m.addComment("$L is since image version $L: an image of an older one has no section of it", s.name(), s.since())
            .beginControlFlow("if (states[$L] == null)", i);
        hookCall(m, s, i, CodeBlock.of("$L.$L(ctx)", field(s), s.absent()), s.absentReturnsCode());
        m.nextControlFlow("else");
        hookCall(m, s, i, call, s.restoreReturnsCode());
        m.endControlFlow();
      } else {
        hookCall(m, s, i, call, s.restoreReturnsCode());
      }
      m.addStatement("restored++");
    }
    return m.nextControlFlow("catch ($T e)", Throwable.class)
        .addComment("whatever a hook throws, Errors included (a StackOverflowError unwinds before this runs):")
        .addComment("the subsystems restored so far are undone, and the caller gets one RestoreException")
        .beginControlFlow("if (e != failure)")
        .addStatement("failure = $T.threw(SUBSYSTEMS.get(restored), states[restored], e)", RESTORE_EXCEPTION)
        .endControlFlow()
        .addStatement("abort(restored, ctx, failure)")
        .addStatement("throw failure")
        .endControlFlow()
        .build();
  }

  /** A restore or absent hook's call; one that returns a code other than 0 fails the restore. */
  private void hookCall(MethodSpec.Builder m, SubsystemModel s, int i, CodeBlock call, boolean returnsCode) {
    if (returnsCode) {
      m.addStatement("int $LCode = $L", field(s), call)
          .beginControlFlow("if ($LCode != 0)", field(s))
          .addStatement("throw failure = $T.returned($S, states[$L], $LCode)", RESTORE_EXCEPTION, s.name(), i, field(s))
          .endControlFlow();
    } else {
      m.addStatement(call);
    }
  }

  // private void abort(int restored, ...) { for (i = restored - 1 .. 0) switch (i) { case 0 -> cred.abort(ctx); ... } }
  private MethodSpec abort() {
    CodeBlock.Builder cases = CodeBlock.builder().add("switch (i) {\n").indent();
    for (int i = 0; i < subsystems.size(); i++) {
      SubsystemModel s = subsystems.get(i);
      if (s.abort() != null) {
        cases.addStatement("case $L -> $L.$L(ctx)", i, field(s), s.abort());
      } else {
        cases.add("case $L -> { } // $L has no abort hook\n", i, s.name());
      }
    }
    cases.add("default -> throw new $T(i);\n", AssertionError.class).unindent().add("}\n");
    return MethodSpec.methodBuilder("abort")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(TypeName.INT, "restored")
        .addParameter(RESTORE_CONTEXT, "ctx")
        .addParameter(RESTORE_EXCEPTION, "failure")
        .addJavadoc("Undoes the first {@code restored} subsystems, last first; what an abort hook throws, Errors\n"
            + "included, is kept with {@code failure}, and the other aborts still run.\n")
        .beginControlFlow("for (int i = restored - 1; i >= 0; i--)")
        .beginControlFlow("try")
        .addCode(cases.build())
        .nextControlFlow("catch ($T e)", Throwable.class)
        .addStatement("failure.addSuppressed(e)")
        .endControlFlow()
        .endControlFlow()
        .build();
  }
}
