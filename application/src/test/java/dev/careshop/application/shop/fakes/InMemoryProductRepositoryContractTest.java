package dev.careshop.application.shop.fakes;

import dev.careshop.application.contract.ProductRepositoryContract;

class InMemoryProductRepositoryContractTest extends ProductRepositoryContract {

    InMemoryProductRepositoryContractTest() {
        super(ShopFakes.repositories());
    }
}
