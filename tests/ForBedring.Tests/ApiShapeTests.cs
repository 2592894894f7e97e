using System.Collections;
using System.Collections.ObjectModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ForBedring.Process;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests;

/// <summary>
/// The shape of the public API, by reflection over the ForBedring assembly: Stateless stays inside, public types are
/// immutable (except the aggregate and the options object), collections are exposed read-only, and every public type
/// lives in the namespace of its folder.
/// </summary>
public sealed partial class ApiShapeTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The mutable public types, each for a reason.</summary>
    private static readonly Dictionary<string, string> MutableByDesign = new()
    {
        ["ForBedring.Process.FollowUpProcess"] = "the aggregate: it changes through its intention-named methods",
        ["ForBedring.ForBedringOptions"] = "the options pattern: AddForBedring(options => ...) sets its properties",
    };

    private static readonly Type[] WritableCollections =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(HashSet<>), typeof(ISet<>),
        typeof(SortedDictionary<,>), typeof(SortedSet<>), typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(Collection<>),
    ];

    private static Assembly Library => typeof(FollowUpProcess).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void PublicTypes_Library_HasSome()
        => Assert.Contains(typeof(FollowUpProcess), PublicTypes);

    [Fact]
    public void PublicSurface_NoSignature_ExposesAStatelessType()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypes)
        {
            Check(type.BaseType, $"{type} base type");
            foreach (var i in type.GetInterfaces())
            {
                Check(i, $"{type} interface");
            }

            foreach (var g in type.IsGenericTypeDefinition ? type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : [])
            {
                Check(g, $"{type} generic constraint");
            }

            foreach (var member in type.GetMembers(Declared).Where(IsVisible))
            {
                switch (member)
                {
                    case FieldInfo f: Check(f.FieldType, $"{type}.{f.Name}"); break;
                    case PropertyInfo p: Check(p.PropertyType, $"{type}.{p.Name}"); break;
                    case EventInfo e: Check(e.EventHandlerType, $"{type}.{e.Name}"); break;
                    case MethodBase m:
                        if (m is MethodInfo mi)
                        {
                            Check(mi.ReturnType, $"{type}.{m.Name} return");
                            foreach (var a in mi.IsGenericMethodDefinition ? mi.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : [])
                            {
                                Check(a, $"{type}.{m.Name} constraint");
                            }
                        }

                        foreach (var parameter in m.GetParameters())
                        {
                            Check(parameter.ParameterType, $"{type}.{m.Name}({parameter.Name})");
                        }

                        break;
                }
            }
        }

        Assert.True(problems.Count == 0, "Stateless types in the public API:\n" + string.Join("\n", problems));

        void Check(Type? t, string where)
        {
            foreach (var part in Decompose(t))
            {
                if (part.Assembly.GetName().Name?.StartsWith("Stateless", StringComparison.Ordinal) == true)
                {
                    problems.Add($"{where}: {part}");
                }
            }
        }
    }

    [Fact]
    public void PublicSurface_StatelessChecker_FindsATypeNestedInAGeneric()
    {
        // The checker itself: a Stateless type inside a generic argument is found.
        var nested = typeof(IReadOnlyList<>).MakeGenericType(typeof(Stateless.Reflection.StateInfo[]));
        Assert.Contains(typeof(Stateless.Reflection.StateInfo), Decompose(nested));
    }

    [Fact]
    public void PublicTypes_ExceptTheAggregateAndOptions_HaveNoPublicSetterOrWritableField()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypes.Where(t => !MutableByDesign.ContainsKey(t.FullName!) && !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t)))
        {
            foreach (var p in type.GetProperties(Declared))
            {
                if (p.SetMethod is { } set && (set.IsPublic || set.IsFamily || set.IsFamilyOrAssembly) && !IsInitOnly(set))
                {
                    problems.Add($"{type}.{p.Name} has a public setter");
                }
            }

            foreach (var f in type.GetFields(Declared).Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsInitOnly && !f.IsLiteral))
            {
                problems.Add($"{type}.{f.Name} is a writable field");
            }
        }

        Assert.True(problems.Count == 0, "Mutable public types:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void PublicTypes_ValueTypes_AreReadOnlyStructs()
    {
        var structs = PublicTypes.Where(t => t.IsValueType && !t.IsEnum).ToList();
        Assert.NotEmpty(structs);
        Assert.All(structs, t => Assert.True(t.GetCustomAttributes(typeof(IsReadOnlyAttribute), false).Length > 0, $"{t} is not a readonly struct."));
    }

    [Fact]
    public void PublicSurface_Collections_AreExposedReadOnly()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var member in type.GetMembers(Declared).Where(IsVisible))
            {
                var (exposed, where) = member switch
                {
                    PropertyInfo p => (p.PropertyType, $"{type}.{p.Name}"),
                    FieldInfo f => (f.FieldType, $"{type}.{f.Name}"),
                    MethodInfo m when !m.IsSpecialName => (m.ReturnType, $"{type}.{m.Name}()"),
                    _ => (null, string.Empty),
                };
                if (exposed is null || exposed == typeof(byte[]))
                {
                    // A byte[] is a serialized document: a fresh copy for the caller to own.
                    continue;
                }

                foreach (var part in Decompose(exposed))
                {
                    if (part.IsArray || (part.IsGenericType && WritableCollections.Contains(part.GetGenericTypeDefinition())) || part == typeof(ArrayList) || part == typeof(Hashtable))
                    {
                        problems.Add($"{where}: {exposed}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, "Writable collections in the public API (use IReadOnlyList/IReadOnlyDictionary):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void FollowUpProcess_ExposedCollections_CannotBeCastBackToWritableOnes()
    {
        var d = new CycleDriver { GroupsInAdvance = true, StatusReporter = SampleTeam.Member(2), AbsentMembers = [SampleTeam.Member(4)] }.WalkTo(ProcessStep.Closed);
        var problems = new List<string>();
        foreach (var p in typeof(FollowUpProcess).GetProperties().Where(p => typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string)))
        {
            var value = (IEnumerable)p.GetValue(d.Process)!;
            var count = value.Cast<object>().Count();
            if (count > 0 && IsWritable(value))
            {
                problems.Add($"FollowUpProcess.{p.Name} is a {value.GetType().Name}: a caller can cast it back and change the process behind its back");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void PublicTypes_Namespace_MatchesTheirFolder()
    {
        var source = Path.Combine(RepositoryFiles.Root, "src", "ForBedring");
        var declarations = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Declaration().Matches(File.ReadAllText(f)).Select(m => (Name: m.Groups["name"].Value, File: f)))
            .ToLookup(x => x.Name, x => x.File);
        var problems = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsNested))
        {
            var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
            var files = declarations[name].ToList();
            if (files.Count == 0)
            {
                problems.Add($"{type}: no declaration found under src/ForBedring");
                continue;
            }

            foreach (var file in files)
            {
                var folder = Path.GetRelativePath(source, Path.GetDirectoryName(file)!);
                // A part may keep sub-folders (Meetings/Groups, Results/Anonymity) in the part's one namespace.
                var part = folder.Split(Path.DirectorySeparatorChar)[0];
                var expected = folder == "." ? "ForBedring" : "ForBedring." + part;
                if (type.Namespace != expected)
                {
                    problems.Add($"{type}: namespace {type.Namespace}, but declared in {Path.GetRelativePath(RepositoryFiles.Root, file)} (expected {expected})");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void PublicTypes_Namespaces_AreTheDocumentedParts()
    {
        string[] parts = ["ForBedring", "ForBedring.Results", "ForBedring.Process", "ForBedring.Prompts", "ForBedring.Meetings", "ForBedring.Actions", "ForBedring.Persistence"];
        Assert.All(PublicTypes, t => Assert.Contains(t.Namespace, parts));
    }

    private static bool IsWritable(IEnumerable value)
        => value is Array { Length: > 0 } || (value.GetType().IsGenericType && WritableCollections.Contains(value.GetType().GetGenericTypeDefinition()));

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsVisible(MemberInfo member) => member switch
    {
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        _ => false,
    };

    /// <summary>A type and every type it is made of: element types, generic arguments, by-ref targets.</summary>
    private static IEnumerable<Type> Decompose(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        yield return type;
        if (type.HasElementType)
        {
            foreach (var t in Decompose(type.GetElementType()))
            {
                yield return t;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Decompose))
            {
                yield return t;
            }
        }
    }

    [GeneratedRegex(@"^\s*public\s+(?:(?:sealed|static|abstract|partial|readonly|record)\s+)*(?:class|record|struct|enum|interface)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
