using System.Reflection;
using ForBedring.Process;
using NodaTime;

namespace ForBedring.Tests.TestSupport;

/// <summary>
/// The saved form of a process, for "unchanged to the byte" checks: <c>FollowUpProcessSerializer.Serialize</c> when the
/// library has it. Found by name so that these tests run while persistence is being built.
/// </summary>
public static class ProcessBytes
{
    private static readonly Type? SerializerType = typeof(FollowUpProcess).Assembly.GetType("ForBedring.Persistence.FollowUpProcessSerializer");
    private static readonly ConstructorInfo? Constructor = SerializerType?.GetConstructors()
        .FirstOrDefault(c => c.GetParameters() is { Length: > 0 } ps && ps[0].ParameterType == typeof(IClock) && ps.Skip(1).All(p => p.IsOptional));

    private static readonly MethodInfo? SerializeMethod = SerializerType?.GetMethod("Serialize", [typeof(FollowUpProcess)]);
    private static readonly MethodInfo? DeserializeMethod = SerializerType?.GetMethod("Deserialize", [typeof(Stream)]);

    /// <summary>Gets whether the library has a serializer to compare with.</summary>
    public static bool Available => Constructor is not null && SerializeMethod?.ReturnType == typeof(byte[]);

    /// <summary>Creates a function that serializes processes, or null while the library has no serializer.</summary>
    /// <param name="clock">The clock the serializer is given.</param>
    /// <returns>The function, or null.</returns>
    public static Func<FollowUpProcess, byte[]>? For(IClock clock)
    {
        if (!Available)
        {
            return null;
        }

        var serializer = Create(clock);
        return p => (byte[])SerializeMethod!.Invoke(serializer, [p])!;
    }

    /// <summary>Creates a function that saves a process and loads it again, or null while the library has no serializer.</summary>
    /// <param name="clock">The clock the serializer is given.</param>
    /// <returns>The function, or null.</returns>
    public static Func<FollowUpProcess, FollowUpProcess>? RoundTripFor(IClock clock)
    {
        if (!Available || DeserializeMethod is null)
        {
            return null;
        }

        var serializer = Create(clock);
        return p =>
        {
            using var stream = new MemoryStream((byte[])SerializeMethod!.Invoke(serializer, [p])!);
            try
            {
                return (FollowUpProcess)DeserializeMethod.Invoke(serializer, [stream])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        };
    }

    private static object Create(IClock clock)
    {
        var parameters = Constructor!.GetParameters();
        var args = new object?[parameters.Length];
        args[0] = clock;
        for (var i = 1; i < args.Length; i++)
        {
            args[i] = parameters[i].DefaultValue;
        }

        return Constructor.Invoke(args);
    }
}
