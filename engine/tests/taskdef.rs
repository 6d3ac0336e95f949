//! Task-definition import on definitions shaped like those AWS publishes.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use ecs_planner_engine::import::taskdef::{import_task_definition, scenario_from_services};
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::scenario::{Arch, NetworkMode, Os};
use ecs_planner_engine::validate::{parse_scenario_value, scenario_to_json};
use serde_json::{json, Value};

/// (cpu units, memory MiB, arch, os, network mode, host port)
type Expected = (u32, u32, Arch, Os, NetworkMode, Option<u16>);

fn check(def: Value, name: &str, expected: Expected) {
    let imported = import_task_definition(&def).unwrap_or_else(|e| panic!("{e:?}"));
    let s = &imported.service;
    assert_eq!(s.name, name);
    assert_eq!(
        (
            s.cpu_units,
            s.memory_mib,
            s.arch,
            s.os,
            s.network_mode,
            s.host_port
        ),
        expected
    );
    // The imported service always makes a valid scenario.
    let scenario = scenario_from_services("us-east-1", vec![imported.service.clone()]);
    let parsed = parse_scenario_value(&scenario_to_json(&scenario), bundled()).unwrap();
    assert_eq!(parsed.scenario, scenario);
}

fn check_error(def: Value, expected: &[(&str, &str)]) {
    let errors = import_task_definition(&def).err().unwrap_or_default();
    let got: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    let want: Vec<&str> = expected.iter().map(|(p, _)| *p).collect();
    assert_eq!(got, want, "{errors:#?}");
    for (e, (_, text)) in errors.iter().zip(expected) {
        assert!(e.message().contains(text), "{}: {}", e.path, e.message());
    }
}

#[test]
fn container_level_sizes_only() {
    // The ECS guide's "sleep360" example: no task-level size, no networkMode.
    check(
        json!({
            "family": "sleep360",
            "containerDefinitions": [{
                "name": "sleep", "image": "busybox", "cpu": 10, "memory": 10,
                "command": ["sleep", "360"], "essential": true
            }]
        }),
        "sleep360",
        (10, 10, Arch::X86_64, Os::Linux, NetworkMode::Bridge, None),
    );
}

#[test]
fn memory_reservation_wins_over_the_hard_limit() {
    // memoryReservation 128 counts, not memory 512; fixed hostPort 80 in bridge.
    check(
        json!({
            "family": "webserver",
            "networkMode": "bridge",
            "containerDefinitions": [{
                "name": "web", "image": "public.ecr.aws/nginx/nginx:latest",
                "cpu": 256, "memoryReservation": 128, "memory": 512, "essential": true,
                "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp"}]
            }]
        }),
        "webserver",
        (
            256,
            128,
            Arch::X86_64,
            Os::Linux,
            NetworkMode::Bridge,
            Some(80),
        ),
    );
}

#[test]
fn app_with_sidecars() {
    // cpu 512 + 256 + 32 = 800; memory 1024 (reservation) + 256 (memory) + 256 (reservation) = 1536.
    // hostPort 0 = dynamic: no fixed port.
    let def = json!({
        "family": "orders",
        "networkMode": "bridge",
        "requiresCompatibilities": ["EC2"],
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "containerDefinitions": [
            {"name": "app", "image": "orders:1.4", "cpu": 512, "memoryReservation": 1024,
             "portMappings": [{"containerPort": 8080, "hostPort": 0}], "essential": true},
            {"name": "envoy", "image": "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.27", "cpu": 256, "memory": 256, "essential": true},
            {"name": "xray-daemon", "image": "public.ecr.aws/xray/aws-xray-daemon", "cpu": 32, "memoryReservation": 256, "memory": 0}
        ]
    });
    check(
        def.clone(),
        "orders",
        (
            800,
            1536,
            Arch::X86_64,
            Os::Linux,
            NetworkMode::Bridge,
            None,
        ),
    );
    let imported = import_task_definition(&def).unwrap();
    assert!(imported.read.iter().any(|r| r.to_string().contains("sum of app 1024 (memoryReservation) + envoy 256 (memory) + xray-daemon 256 (memoryReservation)")), "{:?}", imported.read);
    assert_eq!(imported.ignored, vec!["executionRoleArn"]);
    assert!(imported
        .notes
        .iter()
        .any(|n| n.to_string().contains("count set to 1")));
}

#[test]
fn windows_on_fargate() {
    check(
        json!({
            "family": "windows-simple-iis",
            "requiresCompatibilities": ["FARGATE"],
            "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},
            "cpu": "1024", "memory": "2048", "networkMode": "awsvpc",
            "containerDefinitions": [{
                "name": "windows_sample_app", "image": "mcr.microsoft.com/windows/servercore/iis",
                "essential": true, "entryPoint": ["powershell", "-Command"],
                "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp"}]
            }]
        }),
        "windows-simple-iis",
        // awsvpc: the host port does not limit placement.
        (
            1024,
            2048,
            Arch::X86_64,
            Os::Windows,
            NetworkMode::Awsvpc,
            None,
        ),
    );
}

#[test]
fn arm_with_string_sizes() {
    // "1 vCPU" = 1024 units, "2 GB" = 2048 MiB; FARGATE without networkMode → awsvpc.
    check(
        json!({
            "family": "graviton-api",
            "requiresCompatibilities": ["FARGATE"],
            "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
            "cpu": "1 vCPU", "memory": "2 GB",
            "containerDefinitions": [{"name": "api", "image": "api:arm64", "essential": true}]
        }),
        "graviton-api",
        (
            1024,
            2048,
            Arch::Arm64,
            Os::Linux,
            NetworkMode::Awsvpc,
            None,
        ),
    );
}

#[test]
fn describe_output_shape() {
    check(
        json!({
            "taskDefinition": {
                "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/nginx:3",
                "containerDefinitions": [{
                    "name": "nginx", "image": "nginx", "cpu": 0, "essential": true,
                    "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp"}]
                }],
                "family": "nginx", "revision": 3, "status": "ACTIVE",
                "networkMode": "awsvpc",
                "requiresCompatibilities": ["FARGATE"], "compatibilities": ["EC2", "FARGATE"],
                "cpu": "256", "memory": "512",
                "registeredAt": "2024-01-15T10:00:00.000Z"
            },
            "tags": []
        }),
        "nginx",
        (256, 512, Arch::X86_64, Os::Linux, NetworkMode::Awsvpc, None),
    );
}

#[test]
fn host_mode_uses_the_container_port() {
    check(
        json!({
            "family": "metrics", "networkMode": "host",
            "containerDefinitions": [{"name": "m", "image": "m", "cpu": 128, "memory": 256,
                "portMappings": [{"containerPort": 9100}]}]
        }),
        "metrics",
        (
            128,
            256,
            Arch::X86_64,
            Os::Linux,
            NetworkMode::Host,
            Some(9100),
        ),
    );
}

#[test]
fn no_cpu_anywhere_assumes_256_with_a_note() {
    let imported = import_task_definition(&json!({
        "family": "tiny",
        "containerDefinitions": [{"name": "a", "image": "a", "memory": 64}]
    }))
    .unwrap();
    assert_eq!(imported.service.cpu_units, 256);
    assert!(imported
        .notes
        .iter()
        .any(|n| n.to_string().contains("256 CPU units assumed")));
}

#[test]
fn errors_name_the_field() {
    check_error(
        json!({"family": "x", "containerDefinitions": [{"name": "a", "cpu": 256}]}),
        &[("containerDefinitions[0].memory", "memoryReservation")],
    );
    check_error(
        json!({"containerDefinitions": [{"name": "a", "memory": 256}]}),
        &[("family", "family name")],
    );
    check_error(
        json!({"family": "x", "cpu": "lots", "memory": "512", "containerDefinitions": [{"name": "a"}]}),
        &[("cpu", "0.5 vCPU")],
    );
    check_error(
        json!({"family": "x", "containerDefinitions": []}),
        &[("containerDefinitions", "1 to 10")],
    );
    check_error(
        json!({"taskDefinition": {"family": "x", "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
               "cpu": "1024", "memory": "2048", "containerDefinitions": [{"name": "a"}]}}),
        &[(
            "taskDefinition.runtimePlatform.cpuArchitecture",
            "X86_64 only",
        )],
    );
    check_error(
        json!({"family": "x", "containerDefinitions": [{"name": "a", "cpu": -5, "memory": 64}]}),
        &[("containerDefinitions[0].cpu", "non-negative")],
    );
    check_error(json!([1]), &[("", "task definition object")]);
}

#[test]
fn duplicate_families_get_suffixes() {
    let a = import_task_definition(&json!({"family": "api", "containerDefinitions": [{"name": "a", "cpu": 256, "memory": 512}]})).unwrap();
    let scenario = scenario_from_services(
        "us-east-1",
        vec![a.service.clone(), a.service.clone(), a.service],
    );
    let names: Vec<&str> = scenario.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["api", "api-2", "api-3"]);
}

/// Task definitions of every odd shape give errors or a service, never a panic.
#[test]
fn odd_shapes_never_panic() {
    let values = [
        json!(null),
        json!(1),
        json!("x"),
        json!({}),
        json!({"taskDefinition": null}),
        json!({"taskDefinition": []}),
        json!({"family": 7, "containerDefinitions": "x"}),
        json!({"family": "f", "cpu": {}, "memory": [], "containerDefinitions": [null, 1, "x"]}),
        json!({"family": "f", "runtimePlatform": 5, "networkMode": 5, "requiresCompatibilities": "FARGATE",
               "containerDefinitions": [{"cpu": 1e30, "memory": -1, "memoryReservation": "x", "portMappings": "p"}]}),
        json!({"family": "f", "networkMode": "host", "containerDefinitions": [{"memory": 64,
               "portMappings": [null, {"containerPort": 70000}, {"hostPort": -1}, {"containerPort": "80"}]}]}),
        json!({"family": "f", "containerDefinitions": (0..11).map(|_| json!({"memory": 64})).collect::<Vec<_>>()}),
        json!({"family": "f", "containerDefinitions": [{"cpu": 4_000_000_000u64, "memory": 4_000_000_000u64}, {"cpu": 4_000_000_000u64, "memory": 64}]}),
    ];
    for v in values {
        let _ = import_task_definition(&v);
    }
}
