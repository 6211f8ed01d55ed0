package dev.careshop.application.shop.fakes;

import dev.careshop.application.contract.CategoryRepositoryContract;

class InMemoryCategoryRepositoryContractTest extends CategoryRepositoryContract {

    InMemoryCategoryRepositoryContractTest() {
        super(ShopFakes.repositories());
    }
}
