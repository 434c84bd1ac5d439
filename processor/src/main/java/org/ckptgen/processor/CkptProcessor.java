package org.ckptgen.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.ckptgen.annotations.CheckpointImage;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.processor.analysis.Annotations;
import org.ckptgen.processor.analysis.Deferred;
import org.ckptgen.processor.analysis.StructAnalyzer;
import org.ckptgen.processor.analysis.SubsystemAnalyzer;
import org.ckptgen.processor.cgen.CConstants;
import org.ckptgen.processor.cgen.CHeaderWriter;
import org.ckptgen.processor.cgen.CNames;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.imagegen.SchemaFile;
import org.ckptgen.processor.javagen.CodecWriter;
import org.ckptgen.processor.javagen.DispatchWriter;
import org.ckptgen.processor.javagen.EnumCodesWriter;
import org.ckptgen.processor.javagen.ReaderWriter;
import org.ckptgen.processor.javagen.SchemaWriter;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.Fingerprint;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;

/**
 * The ckptgen annotation processor. Each round: discover the {@code @CkptStruct} records and
 * {@code @CheckpointImage} roots, analyse and lay them out (reporting every error of every
 * struct), then, only if nothing failed, write a codec per struct. When the last round is over,
 * write each image's C header from the same layouts.
 */
@AutoService(Processor.class)
@SupportedOptions(CkptProcessor.C_OUTPUT_DIR)
public final class CkptProcessor extends AbstractProcessor {
  /** {@code -Ackptgen.cOutputDir=DIR}: also write the C headers into DIR. */
  public static final String C_OUTPUT_DIR = "ckptgen.cOutputDir";

  /** Where C headers go in the class output, and so in the jar. */
  public static final String INCLUDE_PATH = "META-INF/ckptgen/include/";

  /** Where schema files go in the class output, and so in the jar. */
  public static final String SCHEMA_PATH = "META-INF/ckptgen/";

  private static final Pattern IMAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** ckptgen-image's framing records, included in every header when they are on the class path. */
  private static final List<String> FRAMING_RECORDS = List.of("ImageHeader", "SchemaFields", "SchemaEnums", "SchemaSubsystems", "Section", "ObjectRef",
      "ImageSignature", "Trailer")
      .stream().map(n -> StructAnalyzer.FRAMING_PACKAGE + "." + n).collect(java.util.stream.Collectors.toList());

  /** Files written once per build whatever the images: the C reader's common code. */
  private final java.util.Set<String> commonWritten = new java.util.HashSet<>();
  private Reporter reporter;
  private StructAnalyzer analyzer;
  private SubsystemAnalyzer subsystemAnalyzer;
  /** Validated subsystems by image and name, for the dispatch writer. */
  private final Map<String, SubsystemModel> subsystems = new LinkedHashMap<>();
  private final List<String> deferredSubsystems = new ArrayList<>();
  private final Map<String, Element> subsystemElements = new LinkedHashMap<>();
  /** Every struct laid out so far, and the element each came from, by qualified name. */
  private final Map<String, StructLayout> layouts = new LinkedHashMap<>();
  private final Map<String, Element> origins = new LinkedHashMap<>();
  private final Set<String> enumsWritten = new HashSet<>();
  /** Structs whose types were not resolved yet: tried again next round. */
  private final List<String> deferred = new ArrayList<>();
  private final Map<String, ImageRoot> images = new LinkedHashMap<>();
  private final Map<Integer, StructLayout> typeIds = new LinkedHashMap<>();
  /** C struct and enum tags, and C constants, with what owns each. */
  private final Map<String, String> cTags = new HashMap<>();
  private final Map<String, String> cConstants = new HashMap<>();
  private final Set<String> enumsNamed = new HashSet<>();
  private final Set<String> schemasWritten = new HashSet<>();

  /** Set once any error was seen: from then on nothing is written. */
  private boolean failed;
  /** Structs laid out but not written yet, held while any type is unresolved. */
  private final List<StructLayout> unwritten = new ArrayList<>();
  /** Writes the {@code -Ackptgen.cOutputDir} files once javac is done, if it succeeded. */
  private CompilationEnd compilationEnd;

  private record ImageRoot(String name, int version, TypeElement element) {}

  /** All of ckptgen's annotations, so that they are claimed and javac's processing lint is quiet. */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(CkptStruct.class.getPackageName() + ".*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
      compilationEnd = CompilationEnd.of(processingEnv, reporter);
      analyzer = new StructAnalyzer(processingEnv, reporter);
      subsystemAnalyzer = new SubsystemAnalyzer(processingEnv, reporter, analyzer);
    }
    try {
      List<TypeElement> found = discoverStructs(round);
      discoverImages(round);
      List<StructLayout> laidOut = analyze(found, round.processingOver());
      analyzeSubsystems(round);
      checkTypeIds(laidOut);
      checkCIdentifiers(laidOut);
      // Nothing is written once anyone (javac, another processor or ckptgen) reported an error,
      // nor while a type is unresolved: it may be an error that javac reports only at the end.
      failed |= reporter.hasErrors() || round.errorRaised();
      unwritten.addAll(laidOut);
      if (failed || !deferred.isEmpty() || !deferredSubsystems.isEmpty()) {
        return true;
      }
      writeCodecs(unwritten);
      unwritten.clear();
      // A source written in the last round is not compiled cleanly (javac warns), so the schema
      // classes come in the first round after the codecs that brings no new struct.
      if (!round.processingOver() && found.isEmpty() && deferred.isEmpty() && deferredSubsystems.isEmpty()
          && !layouts.isEmpty()) {
        writeSchemas();
      }
      if (round.processingOver()) {
        writeHeaders();
      }
    } catch (RuntimeException e) {
      // A bug of ours must still read as a compile error, not as a javac crash.
      reporter.error(null, Message.INTERNAL_ERROR, "this build", e);
    }
    return true; // the annotations are ckptgen's own; no other processor has a use for them
  }

  // ---- discover

  private List<TypeElement> discoverStructs(RoundEnvironment round) {
    return discover(round, CkptStruct.class, deferred);
  }

  /** The types annotated this round, after those deferred from the last one. */
  private List<TypeElement> discover(RoundEnvironment round, Class<? extends java.lang.annotation.Annotation> annotation,
      List<String> deferredNames) {
    List<TypeElement> found = new ArrayList<>();
    for (String name : deferredNames) {
      found.add(processingEnv.getElementUtils().getTypeElement(name));
    }
    deferredNames.clear();
    for (Element e : round.getElementsAnnotatedWith(annotation)) {
      found.add((TypeElement) e);
    }
    return found;
  }

  /** A type that mentions an unresolved one: tried again next round, reported at the last. */
  private void defer(Deferred d, TypeElement type, List<String> deferredNames, boolean lastRound) {
    if (lastRound) {
      reporter.error(d.unresolved(), Message.UNRESOLVED_TYPE, type.getSimpleName() + "." + d.unresolved().getSimpleName());
    } else {
      deferredNames.add(type.getQualifiedName().toString());
    }
  }

  private void discoverImages(RoundEnvironment round) {
    for (Element e : round.getElementsAnnotatedWith(CheckpointImage.class)) {
      TypeElement type = (TypeElement) e;
      AnnotationMirror mirror = Annotations.find(type, CheckpointImage.class).orElseThrow();
      CheckpointImage image = type.getAnnotation(CheckpointImage.class);
      if (!IMAGE_NAME.matcher(image.name()).matches()) {
        AnnotationValue name = mirror.getElementValues().entrySet().stream()
            .filter(v -> v.getKey().getSimpleName().contentEquals("name"))
            .map(Map.Entry::getValue).findFirst().orElse(null);
        reporter.error(type, mirror, name, Message.BAD_IMAGE_NAME, image.name());
        continue;
      }
      ImageRoot other = images.putIfAbsent(image.name(), new ImageRoot(image.name(), image.version(), type));
      if (other != null) {
        reporter.error(type, mirror, null, Message.DUPLICATE_IMAGE_NAME, image.name(),
            other.element().getSimpleName(), type.getSimpleName());
      }
    }
  }

  // ---- validate and model

  private List<StructLayout> analyze(List<TypeElement> found, boolean lastRound) {
    List<StructLayout> laidOut = new ArrayList<>();
    for (TypeElement type : found) {
      try {
        Optional<StructLayout> layout = analyzer.analyze(type);
        if (layout.isPresent() && !layouts.containsKey(key(layout.get()))) {
          layouts.put(key(layout.get()), layout.get());
          origins.put(key(layout.get()), type);
          laidOut.add(layout.get());
        }
      } catch (Deferred d) {
        defer(d, type, deferred, lastRound);
      }
    }
    return laidOut;
  }

  /** Validates every @Subsystem against its image root and the hook signatures. */
  private void analyzeSubsystems(RoundEnvironment round) {
    List<TypeElement> found = discover(round, Subsystem.class, deferredSubsystems);
    Map<String, TypeElement> roots = new LinkedHashMap<>();
    images.forEach((name, root) -> roots.put(name, root.element()));
    for (TypeElement type : found) {
      try {
        subsystemAnalyzer.analyze(type, roots).ifPresent(s -> {
          if (SubsystemAnalyzer.unique(reporter, subsystems, s, type)) {
            subsystemElements.put(s.image() + "/" + s.name(), type);
          }
        });
      } catch (Deferred d) {
        defer(d, type, deferredSubsystems, round.processingOver());
      }
    }
  }

  /** Reports a record whose type id an earlier one took. */
  private void checkTypeIds(List<StructLayout> laidOut) {
    for (StructLayout s : laidOut) {
      if (!s.isRecord()) {
        continue;
      }
      StructLayout other = typeIds.putIfAbsent(s.typeId(), s);
      if (other != null) {
        Element element = origins.get(key(s));
        AnnotationMirror mirror = Annotations.find(element, CkptStruct.class).orElse(null);
        reporter.error(element, mirror, null, Message.DUPLICATE_TYPE_ID, s.typeId(),
            other.javaType().simpleName(), s.javaType().simpleName());
      }
    }
  }

  /**
   * C gives struct and enum tags one namespace, and enum constants another that the record
   * type constants share; a clash there would only show when the header is compiled.
   */
  private void checkCIdentifiers(List<StructLayout> laidOut) {
    if (cTags.isEmpty()) {
      CNames.COMMON_TAGS.forEach(t -> cTags.put(t, COMMON_C));
      CNames.COMMON_IDENTIFIERS.forEach(t -> cConstants.put(t, COMMON_C));
      // the framing records from ckptgen-image on the class path are in every header too
      for (StructLayout f : framing()) {
        claimNames(f, processingEnv.getElementUtils().getTypeElement(f.javaType().qualifiedName()));
      }
    }
    for (StructLayout s : laidOut) {
      claimNames(s, origins.get(key(s)));
    }
  }

  private void claimNames(StructLayout s, Element element) {
    String what = "struct " + s.javaType().simpleName();
    claim(cTags, s.cName(), what, element);
    if (s.isRecord()) {
      claim(cConstants, s.typeConstant(), "the type of " + what, element);
    }
    for (String function : CNames.functionsOf(s)) {
      claim(cConstants, function, "the C reader's functions for " + what, element);
    }
    CNames.accessorOf(s).ifPresent(a -> claim(cConstants, a, "the C reader's accessor of "
        + s.javaType().simpleName() + "." + s.variable().get().javaName(), element));
    for (Member m : s.members()) {
      EnumModel e = m.enumType();
      if (e != null && enumsNamed.add(e.javaType().qualifiedName())) {
        Element enumElement = processingEnv.getElementUtils().getTypeElement(e.javaType().qualifiedName());
        String enumWhat = "enum " + e.javaType().simpleName();
        claim(cTags, e.cName(), enumWhat, enumElement);
        claim(cConstants, CNames.functionOf(e), "the C reader's function for " + enumWhat, enumElement);
        for (EnumModel.Constant c : e.constants()) {
          claim(cConstants, c.cName(), enumWhat + "." + c.javaName(), enumElement);
        }
      }
    }
  }

  /** The owner of the names the header's and reader's common code declares. */
  private static final String COMMON_C = "ckptgen's own C code";

  private void claim(Map<String, String> names, String cName, String what, Element element) {
    String other = names.putIfAbsent(cName, what);
    if (other != null && !other.equals(what)) {
      reporter.error(element, Message.DUPLICATE_C_IDENTIFIER, cName, other, what);
    }
  }

  // ---- generate

  private void writeCodecs(List<StructLayout> laidOut) {
    for (StructLayout s : laidOut) {
      Element origin = origins.get(key(s));
      writeJava(CodecWriter.write(s, origin), origin);
      for (Member m : s.members()) {
        EnumModel e = m.enumType();
        if (e != null && enumsWritten.add(e.javaType().qualifiedName())) {
          Element enumElement = processingEnv.getElementUtils().getTypeElement(e.javaType().qualifiedName());
          writeJava(EnumCodesWriter.write(e, enumElement), enumElement);
        }
      }
    }
  }

  private void writeJava(com.palantir.javapoet.JavaFile file, Element origin) {
    try {
      compilationEnd.generated(file.packageName().isEmpty() ? file.typeSpec().name()
          : file.packageName() + "." + file.typeSpec().name());
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.error(origin, Message.OUTPUT_FAILED, file.packageName() + "." + file.typeSpec().name(), e.getMessage());
    }
  }

  private void writeHeaders() {
    if (images.isEmpty()) {
      boolean onlyFraming = layouts.keySet().stream()
          .allMatch(name -> name.startsWith(StructAnalyzer.FRAMING_PACKAGE + "."));
      if (!onlyFraming) {
        reporter.note(Message.NO_IMAGE_ROOT);
      }
      return;
    }
    List<StructLayout> structs = new ArrayList<>(framing());
    structs.addAll(layouts.values());
    if (reporter.hasErrors()) {
      return;
    }
    CHeaderWriter writer = new CHeaderWriter();
    for (ImageRoot image : images.values()) {
      Schema schema = Schema.of(image.name(), image.version(), structs);
      // the fingerprint and tables of the image's own structs, as its <Root>Schema and schema file hold them
      Schema own = Schema.of(image.name(), image.version(), userStructs());
      List<SubsystemModel> ofImage = subsystemsOf(image.name());
      long fingerprint = Fingerprint.of(own, ofImage);
      java.util.Optional<byte[]> schemaFile = SchemaFile.bytes(own, ofImage, fingerprint, structs);
      // as the generated <Root>Schema.trusted() names itself in TrustedSchema's messages
      String source = StructAnalyzer.javaTypeOf(image.element()).flatName("Schema");
      CHeaderWriter.Build build = new CHeaderWriter.Build(fingerprint, source, ofImage,
          CHeaderWriter.Build.tables(schemaFile.orElse(null)));
      String header;
      String reader;
      byte[] common;
      try {
        Map<String, List<CConstants.Constant>> constants = CConstants.of(processingEnv.getElementUtils(), schema.structs());
        header = writer.header(schema, constants);
        reader = writer.reader(schema, build, constants);
        common = CHeaderWriter.commonReader();
      } catch (IOException | freemarker.template.TemplateException e) {
        reporter.error(image.element(), Message.INTERNAL_ERROR, schema.headerFileName(), e.getMessage());
        continue;
      }
      writeResource(image, INCLUDE_PATH, schema.headerFileName(), header.getBytes(StandardCharsets.UTF_8));
      writeResource(image, INCLUDE_PATH, schema.readerFileName(), reader.getBytes(StandardCharsets.UTF_8));
      // the same file for every image, and the same with each version of ckptgen: shared, not duplicated
      if (commonWritten.add(CHeaderWriter.COMMON_READER)) {
        writeResource(image, INCLUDE_PATH, CHeaderWriter.COMMON_READER, common);
      }
      if (!own.structs().isEmpty()) {
        schemaFile.ifPresent(file -> writeResource(image, SCHEMA_PATH, SchemaFile.fileName(own), file));
      }
    }
  }

  /**
   * Writes {@code <Root>Schema} for each image root not written yet: schema table, fingerprint
   * and codec table. It needs ckptgen-image on the class path; without it there is none.
   */
  private void writeSchemas() {
    if (processingEnv.getElementUtils().getTypeElement(SchemaWriter.REQUIRES) == null) {
      return;
    }
    List<StructLayout> user = userStructs();
    for (ImageRoot image : images.values()) {
      if (user.isEmpty() || !schemasWritten.add(image.name())) {
        continue;
      }
      Schema schema = Schema.of(image.name(), image.version(), user);
      List<Element> sources = new ArrayList<>(origins.values());
      sources.add(image.element());
      JavaType root = StructAnalyzer.javaTypeOf(image.element());
      List<SubsystemModel> ofImage = subsystemsOf(image.name());
      writeJava(SchemaWriter.write(root, schema, ofImage, Fingerprint.of(schema, ofImage), sources), image.element());
      writeJava(ReaderWriter.write(root, image.name(), schema.structs(), sources), image.element());
      if (!ofImage.isEmpty()) {
        sources.addAll(subsystemElements.values());
        writeJava(DispatchWriter.write(root, image.name(), ofImage, schema.structs(), sources), image.element());
      }
    }
  }

  /** The subsystems of image {@code name}, in dispatch order: sorted by name. */
  private List<SubsystemModel> subsystemsOf(String name) {
    return subsystems.values().stream()
        .filter(s -> s.image().equals(name))
        .sorted(java.util.Comparator.comparing(SubsystemModel::name))
        .collect(java.util.stream.Collectors.toList());
  }

  /** The structs of this build other than ckptgen-image's framing records. */
  private List<StructLayout> userStructs() {
    return layouts.entrySet().stream()
        .filter(e -> !e.getKey().startsWith(StructAnalyzer.FRAMING_PACKAGE + "."))
        .map(Map.Entry::getValue).collect(java.util.stream.Collectors.toList());
  }

  /**
   * The framing records (image header, section, objref, trailer) from ckptgen-image on the class
   * path, laid out by the same analyzer, so that every header describes the whole image. A build
   * without ckptgen-image gets headers with its own records only.
   */
  private List<StructLayout> framing() {
    List<StructLayout> found = new ArrayList<>();
    for (String name : FRAMING_RECORDS) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null || layouts.containsKey(name)) {
        continue;
      }
      try {
        analyzer.analyze(type).ifPresent(found::add);
      } catch (Deferred d) {
        reporter.error(type, Message.UNRESOLVED_TYPE, name);
      }
    }
    return found;
  }

  /** Writes {@code bytes} as {@code path + fileName} into the class output (so the jar), and into cOutputDir. */
  private void writeResource(ImageRoot image, String path, String fileName, byte[] bytes) {
    List<Element> sources = new ArrayList<>(origins.values());
    sources.add(image.element());
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          path + fileName, sources.toArray(new Element[0]));
      try (OutputStream out = file.openOutputStream()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      reporter.error(image.element(), Message.OUTPUT_FAILED, path + fileName, e.getMessage());
    }
    String dir = processingEnv.getOptions().get(C_OUTPUT_DIR);
    if (dir != null) {
      compilationEnd.write(Path.of(dir).resolve(fileName), bytes, image.element());
    }
  }

  private static String key(StructLayout s) {
    return s.javaType().qualifiedName();
  }
}
