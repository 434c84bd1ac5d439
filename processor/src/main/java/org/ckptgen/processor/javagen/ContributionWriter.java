package org.ckptgen.processor.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.ckptgen.annotations.CkptContribution;

/**
 * Writes a library module's contribution of one type: an empty class in the aggregating package
 * {@value CkptContribution#PACKAGE}, named after the type, whose {@code @CkptContribution} names it
 * (as Hilt's {@code hilt_aggregated_deps}). Its originating element is the contributed type, so
 * an incremental build deletes it with the type.
 */
public final class ContributionWriter {
  private static final ClassName CONTRIBUTION = ClassName.get(CkptContribution.class);

  private ContributionWriter() {}

  /**
   * The contribution class's simple name for {@code binaryName}: dots become {@code _}, and an
   * {@code _} of the name {@code __}, so that two types never share one ({@code a.b_c} and
   * {@code a_b.c} give {@code a_b__c} and {@code a__b_c}).
   */
  public static String className(String binaryName) {
    return binaryName.replace("_", "__").replace('.', '_');
  }

  /**
   * {@code @CkptContribution(module = "lib-a", structs = "org.lib.Cred") public final class org_lib_Cred {}}
   *
   * @param javadoc for a struct, its Javadoc (or null), which its class file does not keep
   * @param image for a subsystem, the image it names, or empty for the assembling build's one root
   */
  public static JavaFile write(String binaryName, String module, String struct, String javadoc, String subsystem,
      String image, Element origin) {
    AnnotationSpec.Builder contribution = AnnotationSpec.builder(CONTRIBUTION);
    if (!module.isEmpty()) {
      contribution.addMember("module", "$S", module);
    }
    if (struct != null) {
      contribution.addMember("structs", "$S", struct);
      if (javadoc != null && !javadoc.isEmpty()) {
        contribution.addMember("javadoc", "$S", javadoc);
      }
    }
    if (subsystem != null) {
      contribution.addMember("subsystems", "$S", subsystem);
      if (!image.isEmpty()) {
        contribution.addMember("image", "$S", image);
      }
    }
    String what = List.of(struct != null ? "the checkpoint struct" : "", subsystem != null ? "the subsystem" : "")
        .stream().filter(s -> !s.isEmpty()).reduce((a, b) -> a + " and " + b).orElseThrow();
    TypeSpec spec = TypeSpec.classBuilder(className(binaryName))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(contribution.build())
        .addAnnotation(Names.GENERATED)
        .addOriginatingElement(origin)
        .addJavadoc(CodeBlock.of("Contributes $L {@code $L} to the image of the build that has this module on its"
            + " class path.\n", what, struct != null ? struct : subsystem))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
    return JavaFile.builder(CkptContribution.PACKAGE, spec).skipJavaLangImports(true).indent("  ").build();
  }
}
