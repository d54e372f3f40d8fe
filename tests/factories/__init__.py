from .accounts import StaffUserFactory, UserFactory

__all__ = ["StaffUserFactory", "UserFactory"]
