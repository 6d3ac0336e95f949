//! English text for validation problems, size errors and field issues. One
//! exhaustive `match` per kind; `ko.rs` has the same signatures. These are
//! the messages the scenario file's tests pin word for word.

use crate::import::taskdef::{ContainerMemory, TaskDefLine};
use crate::text::figures::size_label;
use crate::units::{SizeError, CPU_FORMS_HINT, MEMORY_FORMS_HINT};
use crate::validate::{
    arch_str, network_mode_str, os_str, KnownRegions, NameOf, NumberProblem, Problem, Valid,
    UNASSIGNED_CLUSTER,
};

/// `"a", "b"`: names quoted and joined as in JSON.
pub fn quote_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn name_of(of: NameOf) -> &'static str {
    match of {
        NameOf::Service => "service",
        NameOf::Cluster => "cluster",
        NameOf::Provider => "capacity provider",
    }
}

fn known_regions(known: &KnownRegions) -> String {
    format!(
        "{} regions have prices, e.g. {}",
        known.count,
        quote_list(&known.examples)
    )
}

pub fn size_error(error: &SizeError) -> String {
    match error {
        SizeError::WrongType => "must be a number or a string".to_string(),
        SizeError::Unreadable => "is not a size this planner can read".to_string(),
        SizeError::UnknownUnit(unit) => format!("has an unknown unit \"{unit}\""),
        SizeError::NotPositive => "must be greater than zero".to_string(),
        SizeError::Fractional => "must be a whole number of units".to_string(),
        SizeError::TooLarge => "is far too large".to_string(),
    }
}

fn number_problem(problem: NumberProblem) -> &'static str {
    match problem {
        NumberProblem::OutOfRange => "is out of range",
        NumberProblem::NotANumber => "must be a number",
        NumberProblem::Negative => "must not be negative",
        NumberProblem::NotWhole => "must be a whole number",
    }
}

/// What would be valid, as an instruction.
pub fn valid(valid: &Valid) -> String {
    match valid {
        Valid::HorizonHours => "give hours from 1 to 8760 (168 = one week, the default)".into(),
        Valid::SpotShare => {
            "give a share from 0 to 1 (0.5 = half of the eligible tasks on Fargate Spot)".into()
        }
        Valid::RegionCode { known } => format!(
            "give the AWS region code, e.g. \"us-east-1\" ({})",
            known_regions(known)
        ),
        Valid::RegionCodeLike => "give an AWS region code like \"us-east-1\"".into(),
        Valid::ServiceList => "list at least one service, e.g. [{\"name\": \"api\", \"cpu\": 512, \"memory\": 1024, \"count\": 2}]".into(),
        Valid::ServicesAsObjects => "list the services as objects".into(),
        Valid::CpuForms => CPU_FORMS_HINT.into(),
        Valid::MemoryForms => MEMORY_FORMS_HINT.into(),
        Valid::GroupName => "give a group name like \"prod\", or null".into(),
        Valid::HostPort => "give a port from 1 to 65535, or null for dynamic host ports".into(),
        Valid::Name { of } => format!("give the {} a name, e.g. \"api\"", name_of(*of)),
        Valid::TaskCount { max } => format!("give a whole number of tasks from 0 to {max}"),
        Valid::ProfileLengths => "give 24 or 168 hourly task counts".into(),
        Valid::CountOrProfile => {
            "give count (tasks every hour, e.g. 2) or profile (24 or 168 hourly counts)".into()
        }
        Valid::TargetCapacity => {
            "give a percentage from 1 to 100 (100 = no spare instances, the default)".into()
        }
        Valid::AvailabilityZones { max } => {
            format!("give 1 to {max} availability zones (3 is the default)")
        }
        Valid::MemoryOverhead { max } => {
            format!("give MiB per instance from 0 to {max}, or null for the default model")
        }
        Valid::MinInstances { max } => format!("give a whole number of instances from 0 to {max}"),
        Valid::OpsPerCluster => "give the USD your team spends running one EC2 cluster a month (patching, the Auto Scaling group), 0 or more, e.g. 400; 0 or null leaves it out".into(),
        Valid::OpsPerInstance => "give the USD of operations work per EC2 instance a month, 0 or more, e.g. 15; 0 or null leaves it out".into(),
        Valid::OpsEngineer => {
            "give an engineer's cost in USD per hour, 0 or more, e.g. 90; null leaves it out".into()
        }
        Valid::Ec2SpotShare => "give the share of instances above the on-demand base that run on Spot, from 0 to 1 (0.7 = 70%, as an Auto Scaling group's mixed-instances policy says it)".into(),
        Valid::Ec2SpotBase => "give the on-demand instances each capacity provider keeps before any Spot, a whole number from 0 to 1000".into(),
        Valid::Ec2SpotDiscount => "give your average EC2 Spot discount off on-demand, percent from 0 to 95 (e.g. 65; the planner bundles no Spot prices)".into(),
        Valid::Ec2SpotDiscountNeeded => "give your average EC2 Spot discount off on-demand, percent from 0 to 95 (e.g. 65): ec2.spot_share runs instances on Spot, and the planner bundles no Spot prices".into(),
        Valid::InstanceTypes => "list instance type names like [\"m5.large\"], or leave the field out to search the catalogue".into(),
        Valid::InstanceType => "give an instance type like \"m5.large\"".into(),
        Valid::CapacityProviders => "list capacity providers as objects, e.g. [{\"name\": \"memory\", \"instance_type\": \"r5.large\"}]".into(),
        Valid::ProviderName => "give the name of a capacity provider in ec2.capacity_providers, e.g. \"memory\"".into(),
        Valid::StrategyChain { max, names } => {
            format!("give a chain of 1 to {max} of {}", quote_list(names))
        }
        Valid::Layouts { names } => format!("give one or more of {}", quote_list(names)),
        Valid::CustomClusters => "list clusters as {\"name\": \"web\", \"launch_type\": \"fargate\" or \"ec2\", \"services\": [\"api\"]}".into(),
        Valid::ServiceNames => "list service names".into(),
        Valid::ServiceName => "give a service name".into(),
        Valid::LaunchType => "give \"fargate\" or \"ec2\"".into(),
        Valid::Discount => "give a percentage from 0 to 100 (e.g. a Savings Plan discount)".into(),
    }
}

/// The message of a field issue: what is wrong and what would be valid.
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::NotJson { detail } => {
            format!("is not valid JSON ({detail}); check the line and column given")
        }
        Problem::NotAScenario => "could not be read as a scenario".into(),
        Problem::NotAnObject { fields } => {
            format!("must be a JSON object with the fields {}", fields.join(", "))
        }
        Problem::UnknownField { suggestion, known } => match suggestion {
            Some(near) => format!("unknown field, ignored (did you mean \"{near}\"?)"),
            None => format!("unknown field, ignored (known fields: {})", known.join(", ")),
        },
        Problem::Number { problem, valid: v } => {
            format!("{}; {}", number_problem(*problem), valid(v))
        }
        Problem::NotBool => "must be true or false".into(),
        Problem::NotString { valid: v } => format!("must be a string; {}", valid(v)),
        Problem::NotList { valid: v } => format!("must be a list; {}", valid(v)),
        Problem::Missing { valid: v } => valid(v),
        Problem::Size { error, valid: v } => format!("{}; {}", size_error(error), valid(v)),
        Problem::NoVersion => "no version given; read as version 1".into(),
        Problem::WrongVersion => {
            "this planner reads scenario files of version 1; set \"version\": 1".into()
        }
        Problem::UnknownRegion { suggestions, known } => {
            let hint = if suggestions.is_empty() {
                String::new()
            } else {
                format!("did you mean {}? ", quote_list(suggestions))
            };
            format!(
                "is not a region this planner has prices for; {hint}{}; for another region, import its price list with `ecs-planner pricing import`",
                known_regions(known)
            )
        }
        Problem::NoFargateRates { region } => format!(
            "has no Fargate rates loaded, and every comparison costs Fargate; import the AmazonECS price list for {region} with `ecs-planner pricing import`"
        ),
        Problem::NoServices => "is empty; list at least one service, e.g. {\"name\": \"api\", \"cpu\": 512, \"memory\": 1024, \"count\": 2}".into(),
        Problem::TooManyServices { max } => {
            format!("has too many services; at most {max} are allowed; split the estate into several scenarios")
        }
        Problem::TooManyTasks { total, max } => format!(
            "asks for {total} tasks at peak in all (each service's largest hourly count, added up); at most {max} are allowed; lower the counts or split the estate into several scenarios"
        ),
        Problem::DuplicateName { of, first } => match of {
            NameOf::Service => format!(
                "is already the name of services[{first}]; service names must be unique"
            ),
            NameOf::Cluster => format!(
                "is already the name of custom_clusters[{first}]; cluster names must be unique"
            ),
            NameOf::Provider => format!(
                "is already the name of ec2.capacity_providers[{first}]; capacity provider names must be unique"
            ),
        },
        Problem::CpuAboveEc2 { max_cpu_units } => format!(
            "is more than the largest EC2 instance offers; at most {max_cpu_units} CPU units (192 vCPU)"
        ),
        Problem::MemoryAboveEc2 { max_memory_mib } => format!(
            "is more than the largest EC2 instance offers; at most {max_memory_mib} MiB (1,536 GiB)"
        ),
        Problem::EmptyGroup => {
            "is empty; give a group name like \"prod\", or leave the field out".into()
        }
        Problem::NotArch => "must be \"x86_64\" or \"arm64\"".into(),
        Problem::NotOs => "must be \"linux\" or \"windows\"".into(),
        Problem::NotNetworkMode => "must be \"awsvpc\", \"bridge\" or \"host\"".into(),
        Problem::NotLaunchType => "must be \"fargate\" or \"ec2\"".into(),
        Problem::ReservedHostPort => "is reserved by ECS on every container instance (22, 2375, 2376, 51678, 51679), so the task could never be placed; choose another port".into(),
        Problem::HostPortIgnoredInAwsvpc => "has no effect in awsvpc network mode (every task has its own network interface); ignored. Set network_mode to \"bridge\" or \"host\" if the port is fixed on the instance".into(),
        Problem::WindowsOnArm => {
            "Windows tasks run on x86_64 only; set arch to \"x86_64\" or os to \"linux\"".into()
        }
        Problem::EmptyName { of } => {
            format!("is empty; give the {} a name, e.g. \"api\"", name_of(*of))
        }
        Problem::NameTooLong { max } => format!("is too long; at most {max} characters"),
        Problem::CountAndProfile => {
            "give either count (the same every hour) or profile (tasks per hour), not both".into()
        }
        Problem::ProfileLength { found } => format!(
            "has {found} values; give 24 (one day) or 168 (one week, Monday 00:00 first) hourly task counts"
        ),
        Problem::NotASeed => "must be a whole number from 0 to 18446744073709551615".into(),
        Problem::EmptyInstanceTypes => "is empty; list instance type names like [\"m5.large\"], or leave the field out to search the catalogue".into(),
        Problem::InstanceTypesUnchecked {
            region,
            bundled_ec2_regions,
        } => format!(
            "cannot be checked: no EC2 prices are loaded for {region} (this build bundles EC2 prices for {bundled_ec2_regions} other regions, listed by `ecs-planner pricing list`), so the EC2 options cannot be costed; import the AmazonEC2 price list for {region} with `ecs-planner pricing import`"
        ),
        Problem::NotSoldInRegion {
            region,
            price_list_date,
            nearest,
        } => format!(
            "is not sold in {} (not in its EC2 price list of {price_list_date}); the nearest types sold there: {}",
            region.as_deref().unwrap_or("this region"),
            quote_list(nearest)
        ),
        Problem::UnknownInstanceType { suggestions } => {
            let hint = if suggestions.is_empty() {
                "see the EC2 catalogue for valid names (e.g. \"m5.large\", \"c6g.xlarge\")"
                    .to_string()
            } else {
                format!("did you mean {}?", quote_list(suggestions))
            };
            format!("is not in the EC2 catalogue for this region; {hint}")
        }
        Problem::ListedTwice => "is listed twice; the duplicate is ignored".into(),
        Problem::StrategyCount { found, max, names } => format!(
            "has {found} strategies; ECS takes 1 to {max} per service ({}), or leave the field out for ECS's default (spread:az, then spread:instanceId)",
            valid(&Valid::StrategyChain {
                max: *max,
                names: names.clone()
            })
        ),
        Problem::NotAStrategy { suggestion, names } => {
            let hint = match suggestion {
                Some(n) => format!("did you mean \"{n}\"? "),
                None => String::new(),
            };
            format!(
                "is not a placement strategy; {hint}valid: {}",
                quote_list(names)
            )
        }
        Problem::EmptyLayouts { names } => format!(
            "is empty; {}",
            valid(&Valid::Layouts {
                names: names.clone()
            })
        ),
        Problem::NotALayout { names } => format!(
            "is not a layout; {}",
            valid(&Valid::Layouts {
                names: names.clone()
            })
        ),
        Problem::TooManyClusters { max } => format!("has too many clusters; at most {max}"),
        Problem::NotAServiceHere { suggestion } => match suggestion {
            Some(n) => format!("is not a service in this scenario; did you mean \"{n}\"?"),
            None => {
                "is not a service in this scenario; name one of the scenario's services".into()
            }
        },
        Problem::TooManyProviders { max } => format!(
            "has too many capacity providers; at most {max} (ECS's limit per cluster)"
        ),
        Problem::ProviderNameChars => "may hold only letters, digits, hyphens and underscores (ECS's rule for capacity provider names), e.g. \"memory-heavy\"".into(),
        Problem::ProviderNamePrefix { prefix } => format!(
            "starts with \"{prefix}\", which ECS reserves for its own capacity providers; pick another name, e.g. \"memory-heavy\""
        ),
        Problem::ProviderNameReserved { names } => format!(
            "is a name the planner gives its own capacity providers ({}); pick another name, e.g. \"memory-heavy\"",
            quote_list(names)
        ),
        Problem::UnknownProvider { suggestion, known } => match (suggestion, known.is_empty()) {
            (Some(n), _) => format!(
                "is not a capacity provider in ec2.capacity_providers; did you mean \"{n}\"?"
            ),
            (None, false) => format!(
                "is not a capacity provider in ec2.capacity_providers; name one of {}",
                quote_list(known)
            ),
            (None, true) => "names a capacity provider, but ec2.capacity_providers lists none; add it there (e.g. {\"name\": \"memory\", \"instance_type\": \"r5.large\"}), or remove capacity_provider for the planner's choice".into(),
        },
        Problem::DaemonWithProvider => "is set on a daemon; a daemon runs on every instance of every capacity provider of its cluster, so it takes none; remove capacity_provider".into(),
        Problem::ProviderArchMismatch {
            provider,
            instance_type,
            type_arch,
            service_arch,
        } => format!(
            "names capacity provider \"{provider}\", whose instance type {instance_type} is {}, but this service is {}; give the provider a {} instance_type, or bind the service to another provider",
            arch_str(*type_arch),
            arch_str(*service_arch),
            arch_str(*service_arch)
        ),
        Problem::ProviderUnused { provider } => format!(
            "no service is bound to capacity provider \"{provider}\" (services[i].capacity_provider), so it runs nothing"
        ),
        Problem::AlreadyInCluster { first } => format!(
            "is already in custom_clusters[{first}]; a service can be in one cluster only"
        ),
        Problem::DaemonOnFargate { service } => format!(
            "is a daemon service, and Fargate does not run daemons; put \"{service}\" in a cluster with \"launch_type\": \"ec2\" (or run the agent as a sidecar container in each task)"
        ),
        Problem::WindowsOnFargate { service } => format!(
            "is a Windows service; this planner puts Windows services on EC2 when clusters are laid out by hand; put \"{service}\" in a cluster with \"launch_type\": \"ec2\""
        ),
        Problem::TooBigForFargate {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "needs {}, more than Fargate's largest size (16 vCPU / 120 GB); put \"{service}\" in a cluster with \"launch_type\": \"ec2\"",
            size_label(*cpu_units, *memory_mib)
        ),
        Problem::CustomNeedsClusters => "needs custom_clusters: add [{\"name\": \"web\", \"launch_type\": \"fargate\", \"services\": [\"api\"]}] or remove \"custom\"".into(),
        Problem::CustomUnused => "is not used: add \"custom\" to layouts to compare it".into(),
        Problem::UnassignedClash { services } => format!(
            "is the name the planner gives the EC2 cluster of services no custom cluster lists ({}); rename this cluster or list those services",
            quote_list(services)
        ),
        Problem::Unassigned { services } => format!(
            "lists no cluster for {}; the custom layout puts them in an EC2 cluster named \"{UNASSIGNED_CLUSTER}\"",
            quote_list(services)
        ),
        Problem::TaskDefNotAnObject => "must be a task definition object (RegisterTaskDefinition input or DescribeTaskDefinition output)".into(),
        Problem::TaskDefNoFamily => {
            "a task definition needs a family name; it becomes the service name".into()
        }
        Problem::TaskDefContainerCount { max } => {
            format!("must list 1 to {max} container definitions")
        }
        Problem::TaskDefNetworkMode => "must be awsvpc, bridge, host, none or default".into(),
        Problem::TaskDefWindowsArch => "Windows task definitions run on X86_64 only".into(),
        Problem::TaskDefNotWhole => "must be a whole, non-negative number".into(),
        Problem::TaskDefCpuAboveEc2 => "is more than any EC2 instance offers (192 vCPU)".into(),
        Problem::TaskDefContainersCpuAboveEc2 => {
            "containers' cpu adds up to more than any EC2 instance offers (192 vCPU)".into()
        }
        Problem::TaskDefMemoryAboveEc2 => {
            "is more than any EC2 instance offers (1,536 GiB)".into()
        }
        Problem::TaskDefContainerMemoryMissing => "no task-level memory, so each container needs memory or memoryReservation (MiB), as ECS requires".into(),
        Problem::TaskDefContainersMemoryAboveEc2 => {
            "containers' memory adds up to more than any EC2 instance offers (1,536 GiB)".into()
        }
    }
}

/// `the scenario has 2 errors:`
pub fn errors_heading(count: usize) -> String {
    format!(
        "the scenario has {count} error{}:",
        if count == 1 { "" } else { "s" }
    )
}

/// The path label for the whole file, and the value shown when absent.
pub const WHOLE_FILE: &str = "scenario";
pub const MISSING_VALUE: &str = "(missing)";

fn container_memory(part: &ContainerMemory, unnamed: &str) -> String {
    let field = if part.reservation {
        "memoryReservation"
    } else {
        "memory"
    };
    format!(
        "{} {} ({field})",
        part.name.as_deref().unwrap_or(unnamed),
        part.memory_mib
    )
}

/// The memory parts joined `a 512 (memory) + b 256 (memoryReservation)`.
pub fn container_memories(parts: &[ContainerMemory], unnamed: &str) -> String {
    parts
        .iter()
        .map(|p| container_memory(p, unnamed))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// One line of a task-definition import report.
pub fn taskdef_line(line: &TaskDefLine) -> String {
    match line {
        TaskDefLine::Compatibilities { list } => format!(
            "requiresCompatibilities {}: read; the planner still compares Fargate and EC2",
            list.join(", ")
        ),
        TaskDefLine::Platform { arch, os, defaulted } => format!(
            "runtimePlatform: {} / {}{}",
            arch_str(*arch),
            os_str(*os),
            if *defaulted {
                " (not set: ECS defaults to Linux/x86_64)"
            } else {
                ""
            }
        ),
        TaskDefLine::CpuTaskLevel { cpu_units } => format!("cpu: {cpu_units} units (task level)"),
        TaskDefLine::CpuSumOfContainers {
            cpu_units,
            containers,
        } => format!(
            "cpu: {cpu_units} units (sum of {containers} container(s); no task-level cpu)"
        ),
        TaskDefLine::CpuAssumed { cpu_units } => format!(
            "no CPU set at task or container level (ECS on EC2 then reserves none); {cpu_units} CPU units assumed, edit if needed"
        ),
        TaskDefLine::MemoryTaskLevel { memory_mib } => {
            format!("memory: {memory_mib} MiB (task level)")
        }
        TaskDefLine::MemorySumOfContainers { memory_mib, parts } => format!(
            "memory: {memory_mib} MiB (no task-level memory; sum of {})",
            container_memories(parts, "container")
        ),
        TaskDefLine::NetworkModeAsBridge { mode } => format!(
            "networkMode \"{mode}\" is modelled as bridge with dynamic ports (no per-instance limit)"
        ),
        TaskDefLine::NetworkModeFargateDefault => {
            "networkMode not set; FARGATE requires awsvpc".into()
        }
        TaskDefLine::NetworkModeEc2Default => {
            "networkMode not set; ECS defaults to bridge on EC2".into()
        }
        TaskDefLine::NetworkMode { mode } => format!("networkMode: {}", network_mode_str(*mode)),
        TaskDefLine::HostPort { port, path } => {
            format!("host port {port} from {path}: one task of this service per instance")
        }
        TaskDefLine::SeveralHostPorts { count, kept } => format!(
            "{count} fixed host ports; any one limits the service to one task per instance, so the first ({kept}) is kept"
        ),
        TaskDefLine::CountSetToOne { service } => format!(
            "{service}: a task definition has no desired count; count set to 1, edit it"
        ),
    }
}
