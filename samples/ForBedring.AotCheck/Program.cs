// Temporary: references one library type so the library is compiled into the native image.
// (ForBedring.Temp, named in the plan, no longer exists; ProcessId is a core type.)
var type = typeof(ForBedring.ProcessId);
System.Console.WriteLine($"AOT check: {type.FullName}");
return 0;
