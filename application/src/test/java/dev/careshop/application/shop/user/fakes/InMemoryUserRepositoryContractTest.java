package dev.careshop.application.shop.user.fakes;

import dev.careshop.application.contract.UserRepositoryContract;
import dev.careshop.application.shop.fakes.ShopFakes;

class InMemoryUserRepositoryContractTest extends UserRepositoryContract {

    InMemoryUserRepositoryContractTest() {
        super(ShopFakes.repositories());
    }
}
