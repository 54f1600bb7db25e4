"""Hand-made profiles for the profile room's tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def data_profile() -> dict[str, Any]:
    """A data engineer with synonyms in play (Postgres, JS) and no JavaScript-vs-Java mix-up."""
    return {
        "basics": {
            "name": "Ada Park", "label": "Data Engineer", "email": "ada@example.com",
            "phone": "+1-555-0101",
            "summary": "Data engineer who builds reliable pipelines for analytics teams.",
            "location": {"city": "Leeds", "countryCode": "GB"},
        },
        "work": [
            {"name": "Acme", "position": "Data Engineer", "startDate": "2020-03",
             "highlights": [
                 "Built ETL pipelines in Python and Postgres that cut report time by 40%",
                 "Moved nightly batch jobs to AWS Lambda, saving $2,000 a month",
                 "Wrote JS dashboards for 30 analysts",
             ]},
            {"name": "Beta Ltd", "position": "Junior Analyst", "startDate": "2017-01",
             "endDate": "2019-12",
             "highlights": ["Produced weekly Excel reports for 5 regional managers"]},
        ],
        "education": [{"institution": "University of Leeds", "studyType": "BSc",
                       "area": "Computer Science", "startDate": "2013", "endDate": "2016"}],
        "skills": [{"name": "Languages", "keywords": ["Python", "JS", "R"]},
                   {"name": "Data", "keywords": ["Airflow", "dbt"]}],
    }
