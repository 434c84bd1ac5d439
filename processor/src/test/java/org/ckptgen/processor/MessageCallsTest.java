package org.ckptgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.ckptgen.processor.diag.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Message} gets, at every place in the processor that reports it, exactly the
 * arguments its template formats, of the right kinds: the processor's own sources are parsed
 * and attributed with javac, and each use of a {@code Message} constant is found by its symbol
 * (so a static import or a line break cannot hide one), whether or not any test triggers it.
 * {@link Message#format} also refuses a wrong count at run time, as the last guard.
 */
class MessageCallsTest {
  private static final Path SOURCES = Path.of("src/main/java");
  /** The methods that take a Message and then its format arguments, by simple name. */
  private static final Set<String> FORMATTING = Set.of("Reporter.error", "Reporter.warning", "Reporter.note", "Message.format");

  private static final List<String> problems = new ArrayList<>();
  private static final Map<Message, Integer> uses = new EnumMap<>(Message.class);

  @BeforeAll
  static void scanTheProcessorsSources() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null);
        Stream<Path> walk = Files.walk(SOURCES)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics,
          List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
          files.getJavaFileObjectsFromPaths(sources));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      assertTrue(diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR),
          "the processor's sources must attribute cleanly: " + diagnostics.getDiagnostics());
      Trees trees = Trees.instance(task);
      for (CompilationUnitTree unit : units) {
        new Uses(trees, unit).scan(unit, null);
      }
    }
  }

  @Test
  void everyUseGetsTheArgumentsItsTemplateFormats() {
    assertEquals(List.of(), problems);
  }

  /** The scan saw the calls: every message is used somewhere, so none is dead or missed. */
  @Test
  void everyMessageIsUsed() {
    List<Message> unused = Stream.of(Message.values()).filter(m -> !uses.containsKey(m)).collect(Collectors.toList());
    assertEquals(List.of(), unused, "messages the processor never reports");
    assertTrue(uses.values().stream().mapToInt(Integer::intValue).sum() > Message.values().length);
  }

  /** Each tag is asserted, with its text, by some compile-error test of this module. */
  @Test
  void everyTagHasACompileErrorTest() throws IOException {
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> walk = Files.walk(Path.of("src/test/java"))) {
      for (Path p : walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("MessageCallsTest.java"))
          .collect(Collectors.toList())) {
        tests.append(Files.readString(p));
      }
    }
    List<String> untested = Stream.of(Message.values()).map(Message::tag)
        .filter(tag -> !tests.toString().contains("[ckptgen/" + tag + "] ")).collect(Collectors.toList());
    assertEquals(List.of(), untested, "tags that no test expects with their text");
  }

  /** An article is chosen by the caller for its own words, never written before a placeholder. */
  @Test
  void noTemplatePutsAnArticleBeforeAnArgument() {
    Pattern articleBefore = Pattern.compile("(?i)\\ban? %");
    for (Message m : Message.values()) {
      assertTrue(!articleBefore.matcher(m.template()).find(), m + ": " + m.template());
    }
    assertEquals("an interface", Message.withArticle("interface"));
    assertEquals("an enum", Message.withArticle("enum"));
    assertEquals("an annotation type", Message.withArticle("annotation type"));
    assertEquals("a class", Message.withArticle("class"));
  }

  @Test
  void formatRefusesAWrongCount() {
    assertEquals("[ckptgen/GenericStruct] Bad has type parameters; a checkpoint struct has one fixed layout, so it cannot be generic",
        Message.GENERIC_STRUCT.format("Bad"));
    assertThrows(IllegalArgumentException.class, () -> Message.GENERIC_STRUCT.format());
    assertThrows(IllegalArgumentException.class, () -> Message.GENERIC_STRUCT.format("Bad", "extra"));
    assertEquals(List.of('x', 's', 'x'), Message.RESERVED_TYPE_ID.conversions());
    assertEquals(List.of(), Message.NO_IMAGE_ROOT.conversions());
  }

  /** Finds every reference to a Message constant and checks the call it is an argument of. */
  private static final class Uses extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final CompilationUnitTree unit;

    Uses(Trees trees, CompilationUnitTree unit) {
      this.trees = trees;
      this.unit = unit;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      check();
      return super.visitIdentifier(node, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
      check();
      return super.visitMemberSelect(node, unused);
    }

    private void check() {
      Element e = trees.getElement(getCurrentPath());
      if (e == null || e.getKind() != ElementKind.ENUM_CONSTANT
          || !e.getEnclosingElement().getSimpleName().contentEquals("Message")) {
        return;
      }
      Message message = Message.valueOf(e.getSimpleName().toString());
      TreePath path = getCurrentPath();
      Tree parent = path.getParentPath().getLeaf();
      String at = where(path.getLeaf());
      if (parent instanceof MemberSelectTree && path.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree) {
        // Message.X.format(args...)
        MethodInvocationTree call = (MethodInvocationTree) path.getParentPath().getParentPath().getLeaf();
        checkCall(message, call, call.getArguments(), at);
      } else if (parent instanceof MethodInvocationTree
          && ((MethodInvocationTree) parent).getArguments().contains(path.getLeaf())) {
        MethodInvocationTree call = (MethodInvocationTree) parent;
        List<? extends ExpressionTree> args = call.getArguments();
        checkCall(message, call, args.subList(args.indexOf(path.getLeaf()) + 1, args.size()), at);
      } else {
        problems.add(at + ": Message." + message + " is used where its arguments cannot be counted: " + parent);
      }
    }

    private void checkCall(Message message, MethodInvocationTree call, List<? extends ExpressionTree> args, String at) {
      Element method = trees.getElement(new TreePath(getCurrentPath(), call.getMethodSelect()));
      String name = method == null ? "?" : method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
      if (!(method instanceof ExecutableElement) || !FORMATTING.contains(name)) {
        problems.add(at + ": Message." + message + " is passed to " + name + ", which the test does not know");
        return;
      }
      uses.merge(message, 1, Integer::sum);
      List<Character> conversions = message.conversions();
      if (args.size() == 1 && typeOf(args.get(0)).getKind() == TypeKind.ARRAY) {
        problems.add(at + ": Message." + message + " gets an array of arguments, which cannot be counted");
        return;
      }
      if (args.size() != conversions.size()) {
        problems.add(at + ": Message." + message + " formats " + conversions.size() + " arguments but gets "
            + args.size() + ": " + args);
        return;
      }
      for (int i = 0; i < args.size(); i++) {
        char c = conversions.get(i);
        TypeMirror type = typeOf(args.get(i));
        if ((c == 'd' || c == 'x') && !integral(type)) {
          problems.add(at + ": Message." + message + " formats argument " + (i + 1) + " with %" + c
              + " but gets type " + type + ": " + args.get(i));
        } else if (c != 's' && c != 'd' && c != 'x') {
          problems.add("Message." + message + " uses %" + c + ", which this test does not check");
        }
      }
    }

    private TypeMirror typeOf(ExpressionTree arg) {
      return trees.getTypeMirror(new TreePath(getCurrentPath(), arg));
    }

    private static boolean integral(TypeMirror type) {
      switch (type.getKind()) {
        case BYTE: case SHORT: case INT: case LONG:
          return true;
        case DECLARED:
          return Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
              "java.math.BigInteger").contains(type.toString());
        default:
          return false;
      }
    }

    private String where(Tree node) {
      long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, node));
      return Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line;
    }
  }
}
