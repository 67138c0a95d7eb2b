using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Tests.Syntax;

public sealed class FhirPathParserShapeTests
{
    [Theory]
    // Each level binds tighter than the next: . [] > sign > * / div mod > + - & > is as > | > < <= > >= > = ~ != !~ > in contains > and > or xor > implies.
    [InlineData("a.b[0].c", "a.b[0].c")]
    [InlineData("-a.b[0]", "(- a.b[0])")]
    [InlineData("-1.convertsToInteger()", "(- 1.convertsToInteger())")]
    [InlineData("-2 * 3", "(* (- 2) 3)")]
    [InlineData("2 * -3", "(* 2 (- 3))")]
    [InlineData("- -2", "(- (- 2))")]
    [InlineData("+a", "(+ a)")]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("1 * 2 + 3", "(+ (* 1 2) 3)")]
    [InlineData("7 div 2 mod 3 / 4", "(/ (mod (div 7 2) 3) 4)")]
    [InlineData("'a' & 'b' + 'c'", "(+ (& 'a' 'b') 'c')")]
    [InlineData("1 + 2 is Integer", "(is (+ 1 2) Integer)")]
    [InlineData("a | b is Integer", "(| a (is b Integer))")]
    [InlineData("a as Quantity | b", "(| (as a Quantity) b)")]
    [InlineData("a | b < c", "(< (| a b) c)")]
    [InlineData("(0 | 1 | 2).take(2) = 0 | 1", "(= (| (| 0 1) 2).take(2) (| 0 1))")]
    [InlineData("1 > 2 is Boolean", "(> 1 (is 2 Boolean))")]
    [InlineData("a < b = c <= d", "(= (< a b) (<= c d))")]
    [InlineData("a = b in c", "(in (= a b) c)")]
    [InlineData("a ~ b != c !~ d", "(!~ (!= (~ a b) c) d)")]
    [InlineData("a in b and c contains d", "(and (in a b) (contains c d))")]
    [InlineData("a and b or c", "(or (and a b) c)")]
    [InlineData("a or b and c", "(or a (and b c))")]
    [InlineData("a xor b or c", "(or (xor a b) c)")]
    [InlineData("a or b implies c and d", "(implies (or a b) (and c d))")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a = b = c", "(= (= a b) c)")]
    [InlineData("(a or b) and c", "(and (or a b) c)")]
    [InlineData("(1 + 2) * 3", "(* (+ 1 2) 3)")]
    [InlineData("((a))", "a")]
    public void Parse_Operators_FollowTheGrammarsPrecedence(string expression, string tree)
    {
        TreePrinter.Print(FhirPathParser.Parse(expression)).Should().Be(tree);
    }

    [Fact]
    public void Parse_ImpliesChain_AssociatesLeftAsTheGrammarDoes()
    {
        // The grammar declares no right associativity for implies, and ANTLR's default is left.
        TreePrinter.Print(FhirPathParser.Parse("a implies b implies c")).Should().Be("(implies (implies a b) c)");
    }

    [Theory]
    [InlineData("Patient.name.given", "Patient.name.given")]
    [InlineData("name.where(use = 'official').given.first()", "name.where((= use 'official')).given.first()")]
    [InlineData("iif(a, b, c)", "iif(a, b, c)")]
    [InlineData("today()", "today()")]
    [InlineData("children ( )", "children()")]
    [InlineData("a.where($this > 1 and $index < 2).aggregate($total + $this, 0)", "a.where((and (> $this 1) (< $index 2))).aggregate((+ $total $this), 0)")]
    [InlineData("name[0][1]", "name[0][1]")]
    [InlineData("name[1 + 1].given", "name[(+ 1 1)].given")]
    [InlineData("(a | b).count()", "(| a b).count()")]
    [InlineData("'abc'.length()", "'abc'.length()")]
    [InlineData("10 'mg'.convertsToQuantity()", "10 'mg'.convertsToQuantity()")]
    [InlineData("{}.empty()", "{}.empty()")]
    [InlineData("%resource.id", "%resource.id")]
    [InlineData("%`vs-administrative-gender`", "%vs-administrative-gender")]
    [InlineData("%'ext-x'", "%ext-x")]
    [InlineData("name.`given`", "name.given")]
    [InlineData("`Patient`.`name with space`", "Patient.name with space")]
    [InlineData("text.div", "text.div")]
    [InlineData("a.contains('x')", "a.contains('x')")]
    [InlineData("a.as(Quantity)", "a.as(Quantity)")]
    [InlineData("as(Quantity)", "as(Quantity)")]
    [InlineData("is(FHIR.Patient)", "is(FHIR.Patient)")]
    [InlineData("contained.ofType(FHIR.`Patient`)", "contained.ofType(FHIR.Patient)")]
    [InlineData("a.and.or.xor.implies.mod.true", "a.and.or.xor.implies.mod.true")]
    [InlineData("in.contains.is.as", "in.contains.is.as")]
    public void Parse_PathsAndCalls_BuildMembersAndFunctions(string expression, string tree)
    {
        TreePrinter.Print(FhirPathParser.Parse(expression)).Should().Be(tree);
    }

    [Theory]
    [InlineData("x is Quantity", "(is x Quantity)")]
    [InlineData("x as FHIR.Quantity", "(as x FHIR.Quantity)")]
    [InlineData("x is System.String", "(is x System.String)")]
    [InlineData("x is `FHIR`.`Patient`", "(is x FHIR.Patient)")]
    [InlineData("x is Integer.not()", "(is x Integer).not()")]
    [InlineData("x is FHIR.Patient.exists()", "(is x FHIR.Patient).exists()")]
    [InlineData("a and x is Integer.not()", "(and a (is x Integer).not())")]
    [InlineData("x is contains", "(is x contains)")]
    [InlineData("x is Boolean is Boolean", "(is (is x Boolean) Boolean)")]
    public void Parse_TypeOperators_BuildTypeOperations(string expression, string tree)
    {
        TreePrinter.Print(FhirPathParser.Parse(expression)).Should().Be(tree);
    }

    [Fact]
    public void Parse_QualifiedTypeOfThreeParts_KeepsAllButTheLastAsNamespace()
    {
        var node = (TypeOperationNode)FhirPathParser.Parse("x as A.B.C");

        node.Type.Should().Be(new TypeSpecifier("A.B", "C"));
    }

    [Fact]
    public void Parse_TypeSpecifier_SplitsNamespaceAndName()
    {
        var node = (TypeOperationNode)FhirPathParser.Parse("value as FHIR.Quantity");

        node.IsAs.Should().BeTrue();
        node.Type.Should().Be(new TypeSpecifier("FHIR", "Quantity"));
        node.Operand.Should().Be(new MemberNode(null, "value", 0));
        node.Position.Should().Be(6);
    }

    [Fact]
    public void Parse_FunctionFormOfOfType_KeepsTheArgumentAsAPath()
    {
        var node = (FunctionNode)FhirPathParser.Parse("ofType(FHIR.Patient)");

        node.Arguments.Should().ContainSingle().Which.Should().Be(new MemberNode(new MemberNode(null, "FHIR", 7), "Patient", 12));
    }

    [Fact]
    public void Parse_Nodes_CarryTheirPositions()
    {
        var node = (BinaryNode)FhirPathParser.Parse("a.b[2] = -f(x)");

        node.Position.Should().Be(7);
        var indexer = (IndexerNode)node.Left;
        indexer.Position.Should().Be(3);
        ((MemberNode)indexer.Focus).Position.Should().Be(2);
        ((LiteralNode)indexer.Index).Position.Should().Be(4);
        var unary = (UnaryNode)node.Right;
        unary.Position.Should().Be(9);
        var function = (FunctionNode)unary.Operand;
        function.Position.Should().Be(10);
        function.Arguments[0].Position.Should().Be(12);
    }

    [Theory]
    [InlineData("$this", ContextVariable.This)]
    [InlineData("$index", ContextVariable.Index)]
    [InlineData("$total", ContextVariable.Total)]
    public void Parse_ContextVariable_BuildsItsNode(string expression, ContextVariable variable)
    {
        FhirPathParser.Parse(expression).Should().Be(new ContextVariableNode(variable, 0));
    }

    [Theory]
    [InlineData("2 + 2 // comment + 4", "(+ 2 2)")]
    [InlineData("// first\n// second\n2+2", "(+ 2 2)")]
    [InlineData("2 // comment\r\n/ 2", "(/ 2 2)")]
    [InlineData("2 + /* inline $@%^+ * */ 2", "(+ 2 2)")]
    [InlineData("/* multi\nline */ a", "a")]
    [InlineData("\t a \r\n . \n b ", "a.b")]
    public void Parse_CommentsAndWhiteSpace_AreSkipped(string expression, string tree)
    {
        TreePrinter.Print(FhirPathParser.Parse(expression)).Should().Be(tree);
    }
}
