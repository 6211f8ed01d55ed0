package dev.careshop.application.shop.order.fakes;

import dev.careshop.application.contract.OrderRepositoryContract;
import dev.careshop.application.shop.fakes.ShopFakes;

class InMemoryOrderRepositoryContractTest extends OrderRepositoryContract {

    InMemoryOrderRepositoryContractTest() {
        super(ShopFakes.repositories());
    }
}
