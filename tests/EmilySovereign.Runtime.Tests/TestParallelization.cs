// Most tests here assert latencies against a budget; test classes running beside each other on two cores would make
// the suite starve itself. CsCheck samples run on one thread for the same reason.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
