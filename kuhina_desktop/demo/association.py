"""The demo association itself."""

from __future__ import annotations

from kuhina_desktop.domain.association import Association

DEMO_ASSOCIATION = Association(
    name="Esimerkkiyhdistys ry",
    business_id="1234567-1",
    register_number="123.456",
    street="Kauppakatu 12",
    postal_code="80100",
    city="Joensuu",
    iban="FI49 5000 9420 0287 30",
    contact_name="Maija Virtanen",
    contact_email="rahastonhoitaja@esimerkkiyhdistys.fi",
    contact_phone="050 123 4567",
    document_language="fi",
)
