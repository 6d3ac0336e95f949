//! One import shape: `import::detect` says what a text is, `import::import`
//! turns task definitions or a Compose file into service objects and a
//! typed report, rendered per language. Figures by hand in the comments.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use ecs_planner_engine::import::compose::ComposeLine;
use ecs_planner_engine::import::{detect, import, scenario_json, ImportError, ImportReport, Kind};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::text::Render;
use ecs_planner_engine::validate::parse_scenario_value;
use serde_json::json;

const COMPOSE: &str = "\
services:
  web:
    image: shop/web
    ports: [\"8080:80\"]
    deploy:
      replicas: 3
      resources:
        limits: {cpus: \"0.5\", memory: 512M}
  db:
    image: postgres
volumes:
  data: {}
";

const TASKDEFS: &str = r#"[
  {"family": "api", "cpu": "1 vCPU", "memory": "2 GB",
   "containerDefinitions": [{"name": "api", "image": "api"}]},
  {"family": "api", "containerDefinitions": [{"name": "x", "image": "x"}]},
  {"family": "api", "cpu": "256", "memory": "512", "taskRoleArn": "arn:aws:iam::1:role/r",
   "containerDefinitions": [{"name": "api", "image": "api"}]}
]"#;

#[test]
fn detects_every_kind_by_its_shape() {
    let cases = [
        (COMPOSE, Kind::Compose),
        (TASKDEFS, Kind::TaskDefinitions),
        (
            r#"{"taskDefinition": {"family": "a"}}"#,
            Kind::TaskDefinitions,
        ),
        (r#"{"family": "a"}"#, Kind::TaskDefinitions),
        (
            r#"{"services": {"web": {"image": "nginx"}}}"#,
            Kind::Compose,
        ),
        (r#"{"version": 1, "services": []}"#, Kind::Scenario),
        (
            r#"{"format": "ecs-planner-pricing/1", "region": "eu-west-1"}"#,
            Kind::Pricing,
        ),
        (r#"{"hello": 1}"#, Kind::Unknown),
        ("{\"region\": ", Kind::Unknown),
        ("  \n", Kind::Unknown),
    ];
    for (text, kind) in cases {
        assert_eq!(detect(text), kind, "{text}");
    }
}

#[test]
fn a_compose_file_imports_with_a_typed_report_in_both_languages() {
    let imported = import(COMPOSE).unwrap();
    // web: 0.5 × 1024 = 512 units, 512M = 512 MiB, 3 replicas, host port 8080;
    // db: no size → 256 units / 512 MiB, count 1.
    assert_eq!(
        imported.services,
        vec![
            json!({"name": "web", "cpu": 512, "memory": 512, "count": 3, "host_port": 8080}),
            json!({"name": "db", "cpu": 256, "memory": 512, "count": 1}),
        ]
    );
    let ImportReport::Compose(report) = &imported.report else {
        panic!("a Compose report: {:?}", imported.report);
    };
    assert!(report.read.contains(&ComposeLine::Count {
        service: "web".into(),
        source: "deploy.replicas".into(),
        count: 3
    }));
    let en = imported.report.sections(Lang::En);
    let ko = imported.report.sections(Lang::Ko);
    assert_eq!(
        en.ignored,
        [
            "volumes (not used by the planner)",
            "services.web.image",
            "services.db.image"
        ]
    );
    assert_eq!(ko.ignored[0], "volumes(플래너에서 사용하지 않음)");
    // db gives neither figure: 256 CPU units and 512 MiB assumed, one line each.
    assert_eq!(
        ko.check,
        [
            "services.db: CPU가 없어(deploy.resources.reservations.cpus 또는 limits.cpus) 256 CPU 단위로 가정했습니다. 플래너에서 실제 값을 설정하세요",
            "services.db: 메모리가 없어(deploy.resources.reservations.memory 또는 limits.memory) 512 MiB로 가정했습니다. 플래너에서 실제 값을 설정하세요"
        ]
    );
    assert_eq!(
        (en.read.len(), en.check.len()),
        (ko.read.len(), ko.check.len())
    );
    assert!(imported.report.refused().is_empty());
}

#[test]
fn task_definitions_that_cannot_be_read_are_reported_not_added() {
    let imported = import(TASKDEFS).unwrap();
    // 1 vCPU = 1024 units, 2 GB = 2048 MiB; the second has no size and its
    // container no memory (refused); the third 256 / 512.
    let sizes: Vec<(u64, u64)> = imported
        .services
        .iter()
        .map(|s| (s["cpu"].as_u64().unwrap(), s["memory"].as_u64().unwrap()))
        .collect();
    assert_eq!(sizes, [(1024, 2048), (256, 512)]);
    let refused = imported.report.refused();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].0, Some(1));
    assert_eq!(refused[0].1.path, "containerDefinitions[0].memory");
    let en = imported.report.sections(Lang::En);
    let ko = imported.report.sections(Lang::Ko);
    assert!(
        en.check
            .iter()
            .any(|l| l.starts_with("task definition 2: containerDefinitions[0].memory")),
        "{:?}",
        en.check
    );
    assert!(
        ko.check
            .iter()
            .any(|l| l.starts_with("작업 정의 2: containerDefinitions[0].memory")),
        "{:?}",
        ko.check
    );
    assert!(en.ignored.contains(&"api: taskRoleArn".to_string()));
    assert_eq!(en.read.len(), ko.read.len());
    // Both imported services are named api: the scenario renames the second.
    let scenario = scenario_json("eu-west-1", imported.services);
    assert_eq!(scenario["services"][1]["name"], "api-2");
    assert_eq!(scenario["region"], "eu-west-1");
    let parsed = parse_scenario_value(&scenario, bundled()).unwrap();
    assert_eq!(parsed.scenario.services.len(), 2);
}

#[test]
fn what_gives_no_services_says_why_in_both_languages() {
    let cases = [
        ("", ImportError::Empty),
        (
            r#"{"version": 1, "services": []}"#,
            ImportError::NotServices {
                kind: Kind::Scenario,
            },
        ),
        (r#"{"hello": 1}"#, ImportError::Unrecognised),
    ];
    for (text, expected) in cases {
        let error = import(text).unwrap_err();
        assert_eq!(error, expected, "{text}");
        assert_ne!(error.render(Lang::En), error.render(Lang::Ko));
    }
    assert!(matches!(
        import("{\"region\": "),
        Err(ImportError::NotJson { .. })
    ));
    assert!(matches!(
        import("services: []\n"),
        Err(ImportError::Compose(_))
    ));
}
