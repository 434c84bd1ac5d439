package org.ckptgen.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.ckptgen.processor.analysis.StructAnalyzer;
import org.ckptgen.processor.cgen.CConstants;
import org.ckptgen.processor.cgen.CHeaderWriter;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.imagegen.SchemaFile;
import org.ckptgen.processor.javagen.CodecWriter;
import org.ckptgen.processor.javagen.ContributionWriter;
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
 * Stage 3, generation: from the layouts of {@link Discovered}, the Java sources (javagen/), the C
 * header and reader (cgen/) and the schema file (imagegen/), each handed to {@link Output} with
 * the elements it was made from. Each thing is generated once, however many rounds follow.
 */
final class Generation {
  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final Discovered discovered;
  private final Discovery discovery;
  private final Output output;
  private final Set<String> enumsWritten = new HashSet<>();
  private final Set<String> schemasWritten = new HashSet<>();
  private final Set<String> contributed = new HashSet<>();
  /**
   * What each image's classes were written from, by image name: the keys of its structs and
   * {@code "subsystem NAME"} of its subsystems; with the round they were written in.
   */
  private final Map<String, Set<String>> writtenFrom = new HashMap<>();
  private final Map<String, Integer> writtenIn = new HashMap<>();
  /** Files written once per build whatever the images: the C reader's common code. */
  private final Set<String> commonWritten = new HashSet<>();

  Generation(ProcessingEnvironment env, Reporter reporter, Discovered discovered, Discovery discovery, Output output) {
    this.env = env;
    this.reporter = reporter;
    this.discovered = discovered;
    this.discovery = discovery;
    this.output = output;
  }

  /** A codec per struct, and the codes of each enum a struct uses. */
  void codecs(List<StructLayout> laidOut) {
    for (StructLayout s : laidOut) {
      Element origin = discovered.origin(s);
      output.java(CodecWriter.write(s, origin), origin);
      for (Member m : s.members()) {
        EnumModel e = m.enumType();
        // an enum of a library module has its codes in that library's jar already
        String codes = e == null ? null : e.javaType().packageName() + "." + e.javaType().flatName("Codes");
        if (e != null && enumsWritten.add(e.javaType().qualifiedName())
            && env.getElementUtils().getTypeElement(codes) == null) {
          Element enumElement = env.getElementUtils().getTypeElement(e.javaType().qualifiedName());
          output.java(EnumCodesWriter.write(e, enumElement), enumElement);
        }
      }
    }
  }

  /**
   * A library module's contributions (a build without image roots): one class per struct and
   * subsystem not contributed yet, for the build that assembles the image (docs/MODULES.md).
   * ckptgen-image's framing records are in every image already and are not contributed.
   */
  void contributions() {
    Map<String, Element> types = new LinkedHashMap<>();
    Map<String, String> images = new HashMap<>();
    discovered.origins.forEach((name, origin) -> {
      if (!Discovered.isFraming(name)) {
        types.put(name, origin);
      }
    });
    for (SubsystemModel s : discovered.subsystems.values()) {
      images.put(s.javaType().qualifiedName(), s.image());
      types.put(s.javaType().qualifiedName(), discovered.subsystemElements.get(s.image() + "/" + s.name()));
    }
    types.forEach((name, origin) -> {
      if (origin != null && contributed.add(name)) {
        String binary = env.getElementUtils().getBinaryName((TypeElement) origin).toString();
        boolean struct = discovered.origins.containsKey(name);
        output.java(ContributionWriter.write(binary, discovered.module, struct ? name : null,
            struct ? env.getElementUtils().getDocComment(origin) : null,
            images.containsKey(name) ? name : null, images.getOrDefault(name, ""), origin), origin);
      }
    });
  }

  /**
   * {@code <Root>Schema} for each image root not written yet: schema table, fingerprint and codec
   * table; with it the Reader and, for an image with subsystems, the dispatch. It needs
   * ckptgen-image on the class path; without it there is none.
   */
  void schemas(int round) {
    if (env.getElementUtils().getTypeElement(SchemaWriter.REQUIRES) == null) {
      return;
    }
    for (Discovered.ImageRoot image : discovered.images.values()) {
      List<StructLayout> held = discovered.structsOf(image);
      if (held.isEmpty() || !schemasWritten.add(image.name())) {
        continue;
      }
      Schema schema = Schema.of(image.name(), image.version(), held);
      List<Element> sources = sourcesOf(image, held);
      JavaType root = StructAnalyzer.javaTypeOf(image.element());
      List<SubsystemModel> ofImage = discovered.subsystemsOf(image.name());
      Set<String> from = new HashSet<>();
      held.forEach(s -> from.add(Discovered.key(s)));
      ofImage.forEach(s -> from.add("subsystem " + s.name()));
      writtenFrom.put(image.name(), from);
      writtenIn.put(image.name(), round);
      for (var file : SchemaWriter.write(root, schema, ofImage, image.removed(), Fingerprint.of(schema, ofImage,
          image.removed()), sources)) {
        output.java(file, image.element());
      }
      output.java(ReaderWriter.write(root, image.name(), schema.structs(), sources), image.element());
      if (!ofImage.isEmpty()) {
        sources.addAll(discovered.subsystemElements.values());
        output.java(DispatchWriter.write(root, image.name(), ofImage, schema.structs(), sources), image.element());
      }
    }
  }

  /**
   * An error on each struct or subsystem that round {@code round} brought to an image whose
   * classes are written already: they would lack it, and a file cannot be written twice
   * (docs/MODULES.md, "Structs generated by other processors").
   */
  void lateArrivals(int round) {
    for (Discovered.ImageRoot image : discovered.images.values()) {
      Set<String> from = writtenFrom.get(image.name());
      if (from == null) {
        continue;
      }
      String schema = StructAnalyzer.javaTypeOf(image.element()).flatName("Schema");
      for (StructLayout s : discovered.structsOf(image)) {
        if (from.add(Discovered.key(s))) {
          reporter.error(discovered.origin(s), Message.LATE_STRUCT, "struct", s.javaType().qualifiedName(),
              image.name(), round, schema, writtenIn.get(image.name()), writtenIn.get(image.name()) + 1);
        }
      }
      for (SubsystemModel s : discovered.subsystemsOf(image.name())) {
        if (from.add("subsystem " + s.name())) {
          reporter.error(discovered.subsystemElements.get(image.name() + "/" + s.name()), Message.LATE_STRUCT,
              "subsystem", s.name(), image.name(), round, schema, writtenIn.get(image.name()),
              writtenIn.get(image.name()) + 1);
        }
      }
    }
  }

  /** Each image's C header and reader, and its schema file, from the same layouts. */
  void headers() {
    if (discovered.images.isEmpty()) {
      boolean onlyFraming = discovered.layouts.keySet().stream().allMatch(Discovered::isFraming);
      if (!onlyFraming) {
        reporter.note(Message.NO_IMAGE_ROOT);
      }
      return;
    }
    warnInNoImage();
    // the framing records from ckptgen-image's classes, or laid out from its sources in this build
    List<StructLayout> framing = new ArrayList<>(discovery.framing());
    discovered.layouts.forEach((name, s) -> {
      if (Discovered.isFraming(name)) {
        framing.add(s);
      }
    });
    if (reporter.hasErrors()) {
      return;
    }
    CHeaderWriter writer = new CHeaderWriter();
    for (Discovered.ImageRoot image : discovered.images.values()) {
      List<StructLayout> held = discovered.structsOf(image);
      List<StructLayout> structs = new ArrayList<>(framing);
      structs.addAll(held);
      Schema schema = Schema.of(image.name(), image.version(), structs);
      // the fingerprint and tables of the image's own structs, as its <Root>Schema and schema file hold them
      Schema own = Schema.of(image.name(), image.version(), held);
      List<SubsystemModel> ofImage = discovered.subsystemsOf(image.name());
      long fingerprint = Fingerprint.of(own, ofImage, image.removed());
      Optional<byte[]> schemaFile = SchemaFile.bytes(own, ofImage, image.removed(), fingerprint, structs);
      // as the generated <Root>Schema.trusted() names itself in TrustedSchema's messages
      String source = StructAnalyzer.javaTypeOf(image.element()).flatName("Schema");
      CHeaderWriter.Build build = new CHeaderWriter.Build(fingerprint, source, ofImage,
          CHeaderWriter.Build.tables(schemaFile.orElse(null), schemaFile.isEmpty() ? null
              : structs.stream().filter(s -> s.cName().equals("ckpt_hdr_image")).findFirst().orElseThrow()));
      String header;
      String reader;
      byte[] common;
      try {
        Map<String, List<CConstants.Constant>> constants = CConstants.of(env.getElementUtils(), schema.structs());
        header = writer.header(schema, constants, ofImage);
        reader = writer.reader(schema, build, constants);
        common = CHeaderWriter.commonReader();
      } catch (IOException | freemarker.template.TemplateException e) {
        reporter.error(image.element(), Message.INTERNAL_ERROR, schema.headerFileName(), e.getMessage());
        continue;
      }
      List<Element> sources = sourcesOf(image, held);
      output.resource(CkptProcessor.INCLUDE_PATH, schema.headerFileName(), header.getBytes(StandardCharsets.UTF_8),
          image.element(), sources);
      output.resource(CkptProcessor.INCLUDE_PATH, schema.readerFileName(), reader.getBytes(StandardCharsets.UTF_8),
          image.element(), sources);
      // the same file for every image, and the same with each version of ckptgen: shared, not duplicated
      if (commonWritten.add(CHeaderWriter.COMMON_READER)) {
        output.resource(CkptProcessor.INCLUDE_PATH, CHeaderWriter.COMMON_READER, common, image.element(), sources);
      }
      if (!own.structs().isEmpty()) {
        schemaFile.ifPresent(file -> output.resource(CkptProcessor.SCHEMA_PATH, SchemaFile.fileName(own), file,
            image.element(), sources));
      }
    }
  }

  /** What an image's files are made from: the structs it holds, and the image root. */
  private List<Element> sourcesOf(Discovered.ImageRoot image, List<StructLayout> held) {
    List<Element> sources = new ArrayList<>();
    held.stream().map(discovered::origin).filter(Objects::nonNull).forEach(sources::add);
    sources.add(image.element());
    return sources;
  }

  /**
   * A warning on each struct that no image holds: it is in no schema, reader or header, which is
   * seldom what its author meant, but its codec works, so the build goes on. And one on each root
   * that holds nothing, which can write only framing.
   */
  private void warnInNoImage() {
    for (Discovered.ImageRoot root : discovered.images.values()) {
      if (discovered.structsOf(root).isEmpty()) {
        reporter.warning(root.element(), Message.EMPTY_IMAGE, root.name(), root.element().getSimpleName(),
            root.element().getSimpleName());
      }
    }
    List<String> names = discovered.images.keySet().stream().map(n -> "\"" + n + "\"").collect(Collectors.toList());
    String images = (names.size() == 1 ? "image " : "images ") + String.join(", ", names);
    for (StructLayout s : discovered.inNoImage()) {
      reporter.warning(discovered.origin(s), Message.STRUCT_IN_NO_IMAGE, s.javaType().simpleName(), images);
    }
  }
}
