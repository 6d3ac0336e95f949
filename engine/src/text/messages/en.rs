//! English text for validation problems, size errors and field issues. One
//! exhaustive `match` per kind; `ko.rs` has the same signatures. These are
//! the messages the scenario file's tests pin word for word.

use crate::import::compose::{
    ComposeError, ComposeLine, NotCompose, MAX_DEPTH, MAX_INPUT_BYTES, MAX_NODES,
};
use crate::import::offer::{FargatePlatform, OfferError, OfferNote};
use crate::import::taskdef::{ContainerMemory, TaskDefLine};
use crate::import::yaml::Found;
use crate::import::{ImportError, Kind};
use crate::text::figures::size_label;
use crate::units::{SizeError, CPU_FORMS_HINT, MEMORY_FORMS_HINT};
use crate::validate::{KnownRegions, NameOf, NumberProblem, Problem, Valid, UNASSIGNED_CLUSTER};

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
            type_arch.as_str(),
            service_arch.as_str(),
            service_arch.as_str()
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
            arch.as_str(),
            os.as_str(),
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
        TaskDefLine::NetworkMode { mode } => format!("networkMode: {}", mode.as_str()),
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

/// What a YAML value was: a scalar quoted as written, or its kind.
pub fn found(found: &Found) -> String {
    match found {
        Found::Scalar(text) => format!("{text:?}"),
        Found::List => "a list".into(),
        Found::Mapping => "a mapping".into(),
    }
}

fn not_compose(why: &NotCompose) -> String {
    match why {
        NotCompose::NotAMapping { found: f } => {
            format!("the file holds {} instead of a mapping", found(f))
        }
        NotCompose::NoServices => "there is no top-level `services`".into(),
        NotCompose::ServicesNotAMapping { found: f } => {
            format!("`services` is {} instead of a mapping", found(f))
        }
        NotCompose::ServicesEmpty => "`services` is empty".into(),
    }
}

/// Why a text is not a Compose file the planner can read.
pub fn compose_error(error: &ComposeError) -> String {
    match error {
        ComposeError::TooLarge { bytes } => format!(
            "The file is {bytes} bytes; Compose files over {} KiB are refused. Import the \
             file that defines the services, not a bundle.",
            MAX_INPUT_BYTES / 1024
        ),
        ComposeError::Syntax {
            line,
            column,
            message,
        } => format!(
            "Not valid YAML at line {line}, column {column}: {message}. Check the file with \
             `docker compose config`."
        ),
        ComposeError::TooManyNodes => format!(
            "The file's YAML aliases (`*name`) expand to more than {MAX_NODES} values, far \
             more than any real Compose file; it was refused. Run `docker compose config` \
             and import its output instead."
        ),
        ComposeError::TooDeep => format!(
            "The file nests more than {MAX_DEPTH} levels deep, far more than any real \
             Compose file; it was refused."
        ),
        ComposeError::NotCompose { why } => format!(
            "This is not a Compose file the planner can read: {}. A Compose file has \
             a top-level `services:` mapping, e.g. `services: {{web: {{image: nginx}}}}`.",
            not_compose(why)
        ),
    }
}

/// One line of a Compose import report. Paths are `services.NAME.FIELD`.
pub fn compose_line(line: &ComposeLine) -> String {
    match line {
        ComposeLine::Cpu {
            service,
            source,
            cpu_units,
        } => format!("services.{service}.{source} → cpu {cpu_units} CPU units"),
        ComposeLine::Memory {
            service,
            source,
            memory_mib,
        } => format!("services.{service}.{source} → memory {memory_mib} MiB"),
        ComposeLine::Global { service } => {
            format!("services.{service}.deploy.mode: global → daemon (one task per instance)")
        }
        ComposeLine::Count {
            service,
            source,
            count,
        } => format!("services.{service}.{source}: {count} → count {count}"),
        ComposeLine::CountDefault { service } => {
            format!("services.{service}: no replicas given → count 1 (the Compose default)")
        }
        ComposeLine::HostPort { service, port } => format!(
            "services.{service}.ports → host_port {port} (a fixed host port: one task per instance)"
        ),
        ComposeLine::NetworkMode { service, mode } => {
            let mode = mode.as_str();
            format!("services.{service}.network_mode: {mode} → network_mode {mode}")
        }
        ComposeLine::Platform {
            service,
            platform,
            os,
            arch,
        } => format!(
            "services.{service}.platform: {platform} → os {}, arch {}",
            os.as_str(),
            arch.as_str()
        ),
        ComposeLine::IgnoredTopLevel { key } => format!("{key} (not used by the planner)"),
        ComposeLine::IgnoredField { path } => path.clone(),
        ComposeLine::SeveralDocuments => {
            "the file has several YAML documents (`---`); only the first was read".into()
        }
        ComposeLine::ServiceNotAMapping { service, found: f } => format!(
            "services.{service}: is {} instead of a mapping; imported with default sizes",
            found(f)
        ),
        ComposeLine::DefaultSize {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "services.{service}: no CPU or memory given; assumed {cpu_units} CPU units and \
             {memory_mib} MiB — set the real size in the planner"
        ),
        ComposeLine::BadCpus {
            service,
            source,
            found: f,
        } => format!(
            "services.{service}.{source}: {} is not a number of CPUs (e.g. \"0.5\" or 2); ignored",
            found(f)
        ),
        ComposeLine::NoCpu { service, cpu_units } => format!(
            "services.{service}: no CPU given (deploy.resources.reservations.cpus or limits.cpus); \
             assumed {cpu_units} CPU units — set the real figure in the planner"
        ),
        ComposeLine::CpuSources {
            service,
            used,
            cpu_units,
            other,
            other_cpu_units,
        } => format!(
            "services.{service}: {used} ({cpu_units} CPU units) used for placement, not \
             {other} ({other_cpu_units}); ECS places tasks by what they reserve"
        ),
        ComposeLine::BadMemory {
            service,
            source,
            found: f,
        } => format!(
            "services.{service}.{source}: {} is not a memory size (e.g. \"512M\", \"1.5G\" or a \
             number of bytes); ignored",
            found(f)
        ),
        ComposeLine::NoMemory {
            service,
            memory_mib,
        } => format!(
            "services.{service}: no memory given (deploy.resources.reservations.memory or \
             limits.memory); assumed {memory_mib} MiB — set the real figure in the planner"
        ),
        ComposeLine::MemorySources {
            service,
            used,
            memory_mib,
            other,
            other_memory_mib,
        } => format!(
            "services.{service}: {used} ({memory_mib} MiB) used for placement, not {other} \
             ({other_memory_mib} MiB); ECS places tasks by memoryReservation when set"
        ),
        ComposeLine::UnknownDeployMode { service, mode } => format!(
            "services.{service}.deploy.mode: {mode:?} is not `replicated` or `global`; read as replicated"
        ),
        ComposeLine::BadReplicas {
            service,
            source,
            found: f,
        } => format!(
            "services.{service}.{source}: {} is not a whole number of replicas; ignored",
            found(f)
        ),
        ComposeLine::PortsNotAList { service, found: f } => {
            format!("services.{service}.ports: {} is not a list; ignored", found(f))
        }
        ComposeLine::PortRange {
            service,
            index,
            range,
        } => format!(
            "services.{service}.ports[{index}]: host port range {range:?} is not one fixed port; \
             not modelled as a host port"
        ),
        ComposeLine::BadPort {
            service,
            index,
            found: f,
        } => format!(
            "services.{service}.ports[{index}]: {} is not a port mapping (e.g. \"8080:80\"); ignored",
            found(f)
        ),
        ComposeLine::ExtraHostPorts {
            service,
            more,
            kept,
        } => format!(
            "services.{service}.ports: {more} more fixed host ports; one is enough to limit the \
             service to one task per instance, so only {kept} is kept"
        ),
        ComposeLine::UnknownNetworkMode { service, mode } => format!(
            "services.{service}.network_mode: {mode:?} has no ECS equivalent; the scenario's \
             default (awsvpc) is used"
        ),
        ComposeLine::UnknownPlatform { service, platform } => format!(
            "services.{service}.platform: {platform:?} is not linux/amd64, linux/arm64 or \
             windows/amd64; ignored"
        ),
    }
}

/// A set of Fargate rates by name.
pub fn fargate_platform(platform: FargatePlatform) -> &'static str {
    match platform {
        FargatePlatform::LinuxX86 => "Linux/x86",
        FargatePlatform::LinuxArm => "Linux/ARM",
        FargatePlatform::Windows => "Windows",
        FargatePlatform::Spot => "Spot",
    }
}

fn platforms(list: &[FargatePlatform], name: fn(FargatePlatform) -> &'static str) -> String {
    list.iter().map(|p| name(*p)).collect::<Vec<_>>().join(", ")
}

/// `a, b, c` and `, ...` when some of the `total` are not named.
pub fn named_types(named: &[String], total: usize) -> String {
    format!(
        "{}{}",
        named.join(", "),
        if total > named.len() { ", ..." } else { "" }
    )
}

/// One note of an offer-file import (`ecs-planner pricing import`).
pub fn offer_note(note: &OfferNote) -> String {
    match note {
        OfferNote::Ec2Types { types, known_enis } => format!(
            "EC2: {types} Linux on-demand instance types (shared tenancy, no pre-installed software); ENI limits from the bundled catalogue for {known_enis} of them"
        ),
        OfferNote::DefaultEnis {
            total,
            named,
            max_enis,
        } => format!(
            "ENI limits are not in offer files and {total} type(s) are not in the bundled catalogue, so they get a conservative {max_enis} ENIs (1 awsvpc task per instance) and no trunking: {}",
            named_types(named, *total)
        ),
        OfferNote::NoFargateLinuxX86 => {
            "Fargate: the file has no Linux/x86 vCPU and GB rates, so no Fargate prices were written".into()
        }
        OfferNote::FargateRates { have, missing } => format!(
            "Fargate: rates for {}{}",
            platforms(have, fargate_platform),
            if missing.is_empty() {
                String::new()
            } else {
                format!("; not in the file: {}", platforms(missing, fargate_platform))
            }
        ),
    }
}

/// Why an offer file could not be imported.
pub fn offer_error(error: &OfferError) -> String {
    match error {
        OfferError::Malformed(e) => format!(
            "not an AWS Price List offer file ({e}); download one from https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/<region>/index.json (or AmazonECS)"
        ),
        OfferError::UnsupportedOffer(code) => format!(
            "offer code \"{code}\" is not supported; import the AmazonEC2 or AmazonECS offer file"
        ),
        OfferError::NothingFound { offer_code } => format!(
            "no usable prices in this {offer_code} offer file (no Linux shared-tenancy on-demand instances, or no Fargate vCPU/GB rates); is it a regional file?"
        ),
        OfferError::SeveralRegions(regions) => format!(
            "the file covers {} regions ({}); choose one with --region",
            regions.len(),
            regions.join(", ")
        ),
        OfferError::RegionNotInFile { region, found } => format!(
            "region {region} is not in this file; it has {}",
            found.join(", ")
        ),
    }
}

/// Why a text gave no services (`ecs-planner import`, the app's import).
pub fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::Empty => "there is nothing to import (the file is empty)".into(),
        ImportError::NotJson { detail } => {
            format!("not valid JSON ({detail}); check the line and column given")
        }
        ImportError::Compose(error) => compose_error(error),
        ImportError::NotServices {
            kind: Kind::Scenario,
        } => "this is a scenario file, not task definitions or a Compose file; run it with `ecs-planner simulate`".into(),
        ImportError::NotServices {
            kind: Kind::Pricing,
        } => "this is a pricing file, not task definitions or a Compose file; use it with `ecs-planner simulate --pricing`".into(),
        ImportError::NotServices {
            kind: Kind::TaskDefinitions | Kind::Compose | Kind::Unknown,
        }
        | ImportError::Unrecognised => "neither task definitions (no `containerDefinitions`, `taskDefinition` or `family`) nor a Compose file (no `services` mapping)".into(),
    }
}

/// `task definition 2` (1-based), the label of a refused definition.
pub fn task_definition_number(number: usize) -> String {
    format!("task definition {number}")
}
