"""Deterministic, realistic-looking BD data for benchmarks (Chinese and English names)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志文斌宇浩然子轩欣怡晨"
ORG_WORDS = ["Cell", "Gene", "Bio", "Thera", "Immune", "Cure", "Vita", "Nova", "Sino", "Helix",
             "Apex", "Pulse", "Kite", "Lumen", "Axis"]
ORG_SUFFIX = ["Therapeutics", "Biotech", "Biologics", "Pharma", "Medical", "Sciences"]
ZH_PREFIX = ["上海", "北京", "苏州", "深圳", "天津", "海口", "南京", "杭州"]
ZH_CORE = ["细胞", "基因", "生物", "免疫", "医药", "科技"]
CITIES = ["Shanghai", "Beijing", "Suzhou", "Shenzhen", "Tianjin", "Haikou", "Nanjing", "Hangzhou"]
KINDS = ["drug_developer", "cdmo", "cro", "pharma", "distributor", "hospital"]
TOPICS = ["CAR-T process development", "Cryopreservation media supply", "IIT site support",
          "Retroviral vector licensing", "iPSC differentiation kit distribution",
          "Cell line licensing", "Closed-system instrument evaluation", "GMP consumables"]
OWNERS = ["Jake", "Lina", "Wei", "Anna", "Tom"]
LINES = ["Drug developers", "Cell line developers", "Instruments & consumables"]
CURRENCIES = ["CNY", "USD", "EUR"]


def organizations(n: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        yield {
            "name": f"{rng.choice(ORG_WORDS)}{rng.choice(ORG_WORDS).lower()} "
                    f"{rng.choice(ORG_SUFFIX)} {i}",
            "name_zh": f"{rng.choice(ZH_PREFIX)}{rng.choice(ZH_CORE)}{rng.choice(ZH_CORE)}有限公司",
            "kind": rng.choice(KINDS), "city": rng.choice(CITIES), "country": "China",
        }


def contacts(n: int, org_ids: list[int], seed: int = 2) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        yield {"name": name, "organization": rng.choice(org_ids), "title": "BD Director",
               "emails": [f"user{i}@example.cn"], "city": rng.choice(CITIES)}


def opportunities(n: int, org_ids: list[int], contact_ids: list[int], stage_ids: list[int],
                  seed: int = 3) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        yield {
            "title": f"{rng.choice(TOPICS)} #{i}", "organization": rng.choice(org_ids),
            "primary_contact": rng.choice(contact_ids), "stage": rng.choice(stage_ids),
            "value": Decimal(rng.randrange(10, 5000) * 1000), "currency": rng.choice(CURRENCIES),
            "expected_close": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "owner": rng.choice(OWNERS), "business_line": rng.choice(LINES),
            "next_step": "Send samples and quotation",
        }


def activities(n: int, opportunity_ids: list[int], seed: int = 4) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for _ in range(n):
        yield {"kind": rng.choice(("note", "call", "meeting", "email", "wechat", "task")),
               "subject": "Follow-up", "body": "Discussed timelines and sample shipment",
               "opportunity": rng.choice(opportunity_ids)}
