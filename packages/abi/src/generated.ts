// generated — do not edit. Source: contracts/out (Foundry artifacts).
// Regenerate with `npm run generate -w @lashou/abi` after `npm run build:contracts`.
/* eslint-disable */

/** ABI of `ClaimParameters` (src/ClaimParameters.sol). */
export const claimParametersAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "pool_",
        "type": "address",
        "internalType": "contract IMutualPool"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "initial",
        "type": "uint256[14]",
        "internalType": "uint256[14]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "GOVERNOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_WINDOW",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_WINDOW",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "RUN_OFF_HONOUR_PERIOD",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "honourUntil",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "parameter",
    "inputs": [
      {
        "name": "which",
        "type": "uint8",
        "internalType": "enum ClaimParameter"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IMutualPool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "runOffStartedAt",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setParameter",
    "inputs": [
      {
        "name": "which",
        "type": "uint8",
        "internalType": "enum ClaimParameter"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "startRunOff",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "ClaimParameterChanged",
    "inputs": [
      {
        "name": "parameter",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum ClaimParameter"
      },
      {
        "name": "oldValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimsRunOffStarted",
    "inputs": [
      {
        "name": "startedAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "honourUntil",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsGovernanceDelayTooShort",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidParameter",
    "inputs": [
      {
        "name": "parameter",
        "type": "uint8",
        "internalType": "enum ClaimParameter"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsPoolNotInRunOff",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ClaimsRunOffAlreadyStarted",
    "inputs": [
      {
        "name": "startedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `ClaimParameters`. */
export const claimParametersBytecode = '0x60a060405234801561000f575f5ffd5b506040516111b93803806111b983398101604081905261002e916102ee565b6001600160a01b0383166080525f5b600e81101561007f5761007781600d81111561005b5761005b610390565b8383600e811061006d5761006d6103a4565b60200201516100be565b60010161003d565b5061008a5f8361021a565b506100b57f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f558361021a565b505050506103e2565b5f8083600d8111156100d2576100d2610390565b14806100ef5750600b83600d8111156100ed576100ed610390565b145b1561011157811580159061010a57506001600160601b038211155b90506101b3565b600183600d81111561012557610125610390565b14806101425750600283600d81111561014057610140610390565b145b1561015857506001600160601b038111156101b3565b600c83600d81111561016c5761016c610390565b14806101895750600d83600d81111561018757610187610390565b145b1561019a57506127108111156101b3565b610e1082101580156101b057506303c267008211155b90505b806101de57828260405163b2a8f21f60e01b81526004016101d59291906103b8565b60405180910390fd5b8160015f85600d8111156101f4576101f4610390565b600d81111561020557610205610390565b815260208101919091526040015f2055505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102ba575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102723390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102bd565b505f5b92915050565b6001600160a01b03811681146102d7575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f6102008486031215610301575f5ffd5b835161030c816102c3565b602085015190935061031d816102c3565b9150605f8401851361032d575f5ffd5b6040516101c081016001600160401b0381118282101715610350576103506102da565b60405280610200860187811115610365575f5ffd5b604087015b8181101561038257805183526020928301920161036a565b505050809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b60408101600e84106103d857634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b608051610db16104085f395f8181610146015281816104f201526107410152610db15ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c806391d14854116100ad578063ccc574901161007d578063d7f56c2511610063578063d7f56c25146102a0578063deb96634146102a8578063edbdabac146102b3575f5ffd5b8063ccc5749014610266578063d547741f1461028d575f5ffd5b806391d148541461020a578063a217fddf1461024d578063bb7875a614610254578063c87df36a1461025e575f5ffd5b80632f2ff15d116100e85780632f2ff15d146101d257806336568abe146101e55780633bf02537146101f857806352b65c4b14610201575f5ffd5b806301ffc9a71461011957806316f0115b14610141578063248a9ca31461018d5780632ab414fc146101bd575b5f5ffd5b61012c610127366004610bcf565b6102c6565b60405190151581526020015b60405180910390f35b6101687f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610138565b6101af61019b366004610c15565b5f9081526020819052604090206001015490565b604051908152602001610138565b6101d06101cb366004610c3f565b61035e565b005b6101d06101e0366004610c67565b6103f7565b6101d06101f3366004610c67565b610421565b6101af60025481565b6101af610e1081565b61012c610218366004610c67565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101af5f81565b6101af62ed4e0081565b6101af61047f565b6101af7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6101d061029b366004610c67565b6104c4565b6101d06104e8565b6101af6303c2670081565b6101af6102c1366004610cad565b61064b565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061035857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b610366610687565b5f60015f84600d81111561037c5761037c610cc6565b600d81111561038d5761038d610cc6565b81526020019081526020015f205490506103a78383610815565b82600d8111156103b9576103b9610cc6565b60408051838152602081018590527f1d608f7b8076bded294fcf4c232101c7f4a403fd66b7b2ffbb92dcf9630e14db910160405180910390a2505050565b5f828152602081905260409020600101546104118161098b565b61041b8383610998565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610470576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61047a8282610a91565b505050565b6002545f90801561049c5761049762ed4e0082610cf3565b6104be565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5b91505090565b5f828152602081905260409020600101546104de8161098b565b61041b8383610a91565b6104f0610687565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663a8174ff56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610559573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057d9190610d2b565b6105b3576040517fbf96762400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600254156105fc576002546040517fc284947a0000000000000000000000000000000000000000000000000000000081526004016105f391815260200190565b60405180910390fd5b4260028190557fbcb6b71543efe3488b35698c9437e3187d7b8ad2d8055856ff1742852b1b09e29061063162ed4e0082610cf3565b6040805192835260208301919091520160405180910390a1565b5f60015f83600d81111561066157610661610cc6565b600d81111561067257610672610cc6565b81526020019081526020015f20549050919050565b6106b07f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561098b565b5f3373ffffffffffffffffffffffffffffffffffffffff1663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610736575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261073391810190610d4a565b60015b1561073e5790505b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166357d775f86040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107a8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107cc9190610d4a565b9050808211610811576040517faa313cfb00000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016105f3565b5050565b5f8083600d81111561082957610829610cc6565b14806108465750600b83600d81111561084457610844610cc6565b145b1561086d57811580159061086657506bffffffffffffffffffffffff8211155b9050610914565b600183600d81111561088157610881610cc6565b148061089e5750600283600d81111561089c5761089c610cc6565b145b156108b957506bffffffffffffffffffffffff811115610914565b600c83600d8111156108cd576108cd610cc6565b14806108ea5750600d83600d8111156108e8576108e8610cc6565b145b156108fb5750612710811115610914565b610e10821015801561091157506303c267008211155b90505b8061094f5782826040517fb2a8f21f0000000000000000000000000000000000000000000000000000000081526004016105f3929190610d61565b8160015f85600d81111561096557610965610cc6565b600d81111561097657610976610cc6565b815260208101919091526040015f2055505050565b6109958133610b4a565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610a8a575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610a283390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610358565b505f610358565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610a8a575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610358565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610811576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016105f3565b5f60208284031215610bdf575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610c0e575f5ffd5b9392505050565b5f60208284031215610c25575f5ffd5b5035919050565b8035600e8110610c3a575f5ffd5b919050565b5f5f60408385031215610c50575f5ffd5b610c5983610c2c565b946020939093013593505050565b5f5f60408385031215610c78575f5ffd5b82359150602083013573ffffffffffffffffffffffffffffffffffffffff81168114610ca2575f5ffd5b809150509250929050565b5f60208284031215610cbd575f5ffd5b610c0e82610c2c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80820180821115610358577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f60208284031215610d3b575f5ffd5b81518015158114610c0e575f5ffd5b5f60208284031215610d5a575f5ffd5b5051919050565b60408101600e8410610d9a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b928152602001529056fea164736f6c634300081c000a' as const;

/** ABI of `ClaimsManager` (src/ClaimsManager.sol). */
export const claimsManagerAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "pool_",
        "type": "address",
        "internalType": "contract IMutualPool"
      },
      {
        "name": "registry_",
        "type": "address",
        "internalType": "contract IWitnessRegistry"
      },
      {
        "name": "randomness_",
        "type": "address",
        "internalType": "contract IRandomnessSource"
      },
      {
        "name": "parameters_",
        "type": "address",
        "internalType": "contract IClaimParameters"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deployer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DIAGNOSIS_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REPORTS_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "WITNESSES",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "approveClaim",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "arbitrate",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "uphold",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attest",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reportHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "approve",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claim",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Claim",
        "components": [
          {
            "name": "claimant",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "state",
            "type": "uint8",
            "internalType": "enum ClaimState"
          },
          {
            "name": "reason",
            "type": "uint8",
            "internalType": "enum ReviewReason"
          },
          {
            "name": "region",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "diagnosedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "filedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "deadline",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "requestedAmount",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "approvedAmount",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "commission",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "stakeLock",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "stakesSettled",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "notary",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nullifier",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "randomnessRequest",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "paymentId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "openReport",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "resumeState",
            "type": "uint8",
            "internalType": "enum ClaimState"
          },
          {
            "name": "snapshotBlock",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "closeInvestigation",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "confirmFraud",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "slashed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "claimAmount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "declineWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "diagnosisDigest",
    "inputs": [
      {
        "name": "claimant",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "documentClaim",
    "inputs": [
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "drawExclusions",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "drawWitnesses",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "expireClaim",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "fileClaim",
    "inputs": [
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isFullyPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isNotary",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "listed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "markPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "nullifierPaidBy",
    "inputs": [
      {
        "name": "nullifier",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "openClaimOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "openInvestigation",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reportDeadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "resumeState",
        "type": "uint8",
        "internalType": "enum ClaimState"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "parameters",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IClaimParameters"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IMutualPool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "randomnessSource",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IRandomnessSource"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "registry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IWitnessRegistry"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "releaseStakes",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "replaceWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slotIndex",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "review",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "approve",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "uint8",
        "internalType": "enum ReviewReason"
      },
      {
        "name": "nullifier",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setNotary",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "listed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "witnessSlots",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple[3]",
        "internalType": "struct WitnessSlot[3]",
        "components": [
          {
            "name": "witness",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum SlotStatus"
          },
          {
            "name": "deadline",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "reportHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "ClaimApproved",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "paymentId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "witnesses",
        "type": "address[3]",
        "indexed": false,
        "internalType": "address[3]"
      },
      {
        "name": "commission",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "nullifier",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimArbitrated",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "upheld",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimFiled",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "notary",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "documentHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reviewDeadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "reportWindowEnds",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimReviewed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ReviewReason"
      },
      {
        "name": "nullifier",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "commission",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "stakeLock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ClaimStateChanged",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "from",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ClaimState"
      },
      {
        "name": "to",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ClaimState"
      },
      {
        "name": "reason",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ReviewReason"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DrawMade",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "count",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DrawRandomnessRequested",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "expiredRequestId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NotaryUpdated",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "listed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessAccepted",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "attestDeadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessAssigned",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "stakeLocked",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "acceptDeadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessAttested",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reportHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessDeclined",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessReplaced",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "slashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessSkipped",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "registryError",
        "type": "bytes4",
        "indexed": false,
        "internalType": "bytes4"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessSlashed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessStakeReleased",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsAmountOutOfRange",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "cap",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDeadlineNotReached",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDeadlinePassed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDiagnosisInFuture",
    "inputs": [
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "nowTime",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsDocumentUsed",
    "inputs": [
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidNotarySignature",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimant",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "documentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidReason",
    "inputs": [
      {
        "name": "reason",
        "type": "uint8",
        "internalType": "enum ReviewReason"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsInvalidRegion",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotCovered",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "coverageStart",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotFullyPaid",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotSlotWitness",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsNotaryNotListed",
    "inputs": [
      {
        "name": "notary",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsOpenClaimExists",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsRandomnessNotReady",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsReportsClosed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsRunOff",
    "inputs": [
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "startedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "honourUntil",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsWrongSlot",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsWrongState",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "state",
        "type": "uint8",
        "internalType": "enum ClaimState"
      }
    ]
  },
  {
    "type": "error",
    "name": "ClaimsZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ClaimsZeroNullifier",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  }
] as const;

/** Creation bytecode of `ClaimsManager`. */
export const claimsManagerBytecode = '0x610200604052348015610010575f5ffd5b506040516161d33803806161d383398101604081905261002f916103cd565b6040518060400160405280600d81526020016c4c6173686f7520436c61696d7360981b815250604051806040016040528060018152602001603160f81b81525061008360018361029760201b90919060201c565b61012052610092816002610297565b61014052815160208084019190912060e052815190820120610100524660a05261011e60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038716158061014457506001600160a01b038616155b8061015657506001600160a01b038516155b8061016857506001600160a01b038416155b8061017a57506001600160a01b038316155b8061018c57506001600160a01b038216155b156101aa57604051632e90908d60e01b815260040160405180910390fd5b6001600160a01b03808816610160819052878216610180528682166101a0529085166101e05260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa158015610209573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061022d9190610464565b6001600160a01b03166101c0526102445f846102c9565b5061026f7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929836102c9565b506001600160a01b0381161561028b576102895f826102c9565b505b50505050505050610630565b5f6020835110156102b2576102ab83610370565b90506102c3565b816102bd848261051e565b5060ff90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610369575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556103213390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102c3565b505f6102c3565b5f5f829050601f815111156103a3578260405163305a27a960e01b815260040161039a91906105d8565b60405180910390fd5b80516103ae8261060d565b179392505050565b6001600160a01b03811681146103ca575f5ffd5b50565b5f5f5f5f5f5f5f60e0888a0312156103e3575f5ffd5b87516103ee816103b6565b60208901519097506103ff816103b6565b6040890151909650610410816103b6565b6060890151909550610421816103b6565b6080890151909450610432816103b6565b60a0890151909350610443816103b6565b60c0890151909250610454816103b6565b8091505092959891949750929550565b5f60208284031215610474575f5ffd5b815161047f816103b6565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806104ae57607f821691505b6020821081036104cc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561051957805f5260205f20601f840160051c810160208510156104f75750805b601f840160051c820191505b81811015610516575f8155600101610503565b50505b505050565b81516001600160401b0381111561053757610537610486565b61054b81610545845461049a565b846104d2565b6020601f82116001811461057d575f83156105665750848201515b5f19600385901b1c1916600184901b178455610516565b5f84815260208120601f198516915b828110156105ac578785015182556020948501946001909201910161058c565b50848210156105c957868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156104cc575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051615a6a6107695f395f818161052601528181610bc301528181611b040152818161318f015281816132180152613aab01525f818161075d0152818161297b0152613d5801525f818161060801528181611ffa0152613ca001525f81816104aa01528181610a1d015281816111f8015281816112ab01528181611fd5015281816126230152818161420501528181614681015261472d01525f818161036501528181611c4c01528181611d2f01528181612a1b01528181613326015281816133d601528181613d7a01528181613ddc01528181614381015261444e01525f61432401525f6142f201525f614bf801525f614bd001525f614b2b01525f614b5501525f614b7f0152615a6a5ff3fe608060405234801561000f575f5ffd5b50600436106102d8575f3560e01c80638903573011610187578063cb77bc6e116100dd578063e564fd2511610093578063f5b541a61161006e578063f5b541a61461071e578063fbc34ee414610745578063fc0c546a14610758575f5ffd5b8063e564fd25146106ca578063e63e35c1146106dd578063f13eed97146106fc575f5ffd5b8063d547741f116100c3578063d547741f1461066f578063dae25b3b14610682578063dbafca7a146106a2575f5ffd5b8063cb77bc6e14610649578063d34650361461065c575f5ffd5b8063a20c336b1161013d578063adfe1cd811610118578063adfe1cd8146105f0578063b7b6717214610603578063b8fb0cca1461062a575f5ffd5b8063a20c336b146105ce578063a217fddf146105d6578063ad207e1e146105dd575f5ffd5b80638f45d5ba1161016d5780638f45d5ba146105515780638f6915cb1461057857806391d1485414610598575f5ffd5b806389035730146105215780638da4d3c914610548575f5ffd5b806336568abe1161023c578063674f858e116101f25780637c0a35f3116101cd5780637c0a35f3146104cc5780638379ab7a146104f357806384b0196e14610506575f5ffd5b8063674f858e1461047257806371b4804f146104925780637b103999146104a5575f5ffd5b80633e25f071116102225780633e25f071146104395780634639b81e1461044c57806346e301351461045f575f5ffd5b806336568abe14610406578063379607f514610419575f5ffd5b806316f0115b11610291578063248a9ca311610277578063248a9ca3146103be5780632697c330146103e05780632f2ff15d146103f3575f5ffd5b806316f0115b146103605780631bcbf18d1461039f575f5ffd5b806310eeb69a116102c157806310eeb69a146103255780631566d4f81461033a57806315d318061461034d575f5ffd5b806301ffc9a7146102dc5780630d80259314610304575b5f5ffd5b6102ef6102ea36600461505c565b61077f565b60405190151581526020015b60405180910390f35b6103176103123660046150af565b610817565b6040519081526020016102fb565b610338610333366004615162565b610840565b005b610338610348366004615190565b610b04565b61033861035b366004615190565b610b70565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102fb565b6103176103ad366004615190565b60086020525f908152604090205481565b6103176103cc366004615190565b5f9081526020819052604090206001015490565b6103386103ee3660046151a7565b610f3f565b6103386104013660046151c7565b611448565b6103386104143660046151c7565b611472565b61042c610427366004615190565b6114be565b6040516102fb9190615244565b61033861044736600461540b565b611772565b61033861045a366004615190565b611997565b61033861046d366004615190565b611a80565b610485610480366004615190565b611e72565b6040516102fb9190615449565b6103386104a0366004615190565b611edb565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b6103177facae9f1f5ac6ae05e7cd0f689e345aa893732665ee0df33d1c3659528675e95481565b6103386105013660046151a7565b61219d565b61050e6122c1565b6040516102fb97969594939291906154e0565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b610317600b5481565b6103177f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f081565b61058b610586366004615190565b61231f565b6040516102fb9190615592565b6102ef6105a63660046151c7565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610317600381565b6103175f81565b6103386105eb366004615190565b6123f2565b6103176105fe366004615602565b6124c5565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b610317610638366004615634565b60076020525f908152604090205481565b6102ef610657366004615190565b61253c565b61033861066a3660046151a7565b6125a9565b61033861067d3660046151c7565b612714565b61069561069036600461564f565b612738565b6040516102fb9190615678565b6106b56106b0366004615190565b6128ff565b604080519283526020830191909152016102fb565b6103386106d8366004615686565b612a83565b6103176106eb366004615190565b60096020525f908152604090205481565b6102ef61070a366004615634565b600a6020525f908152604090205460ff1681565b6103177f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b6103386107533660046156b2565b612b62565b6103877f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061081157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f61082788888888888888612fac565b6108348888888888613536565b98975050505050505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961086a8161382e565b610872613838565b5f61087e8460096138c0565b60018101549091506108a190859065010000000000900464ffffffffff16613943565b5f8481526004602052604090208315610974575f5b60038110156109605760048282600381106108d3576108d3615703565b6002020154600160a01b900460ff1660048111156108f3576108f36151ea565b036109585781816003811061090a5761090a615703565b60020201546040805160018152602081018490526001600160a01b039092169188917f3c86ad52f043fbc7af180107a7613af996134ec0c81581cd2df562d1e8ec0c4c910160405180910390a35b6001016108b6565b5061096d8583600a613987565b5050610af7565b5f61097f6004613a79565b610989904261575d565b90505f5b6003811015610acf575f8382600381106109a9576109a9615703565b60020201905060048154600160a01b900460ff1660048111156109ce576109ce6151ea565b146109d95750610ac7565b80546040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201819052602482018b9052917f00000000000000000000000000000000000000000000000000000000000000001690637eee288d906044015f604051808303815f87803b158015610a5e575f5ffd5b505af1158015610a70573d5f5f3e3d5ffd5b50505050610a7e8285613b1f565b604080515f8152602081018590526001600160a01b038316918b917f3c86ad52f043fbc7af180107a7613af996134ec0c81581cd2df562d1e8ec0c4c910160405180910390a350505b60010161098d565b50610ade868460035f5f613ba3565b82600701545f03610af357610af38684613c62565b5050505b610aff613d12565b505050565b7f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f0610b2e8161382e565b5f610b3a83600a6138c0565b5f60098201819055600a8201546001830154929350610aff928692859260ff169165010000000000900464ffffffffff16613ba3565b610b78613838565b5f818152600360209081526040808320805482517fc87df36a00000000000000000000000000000000000000000000000000000000815292519194600160a01b90910460ff169390927f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169263c87df36a926004808401939192918290030181865afa158015610c12573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c369190615770565b4210159050808015610cc85750600182600b811115610c5757610c576151ea565b1480610c745750600282600b811115610c7257610c726151ea565b145b80610c905750600382600b811115610c8e57610c8e6151ea565b145b80610cac5750600982600b811115610caa57610caa6151ea565b145b80610cc85750600582600b811115610cc657610cc66151ea565b145b15610ce157610cd98484600d613987565b505050610f34565b600182600b811115610cf557610cf56151ea565b1480610d125750600982600b811115610d1057610d106151ea565b145b15610db357600183015465010000000000900464ffffffffff164211610d875760018301546040517fe8030acb000000000000000000000000000000000000000000000000000000008152600481018690526501000000000090910464ffffffffff1660248201526044015b60405180910390fd5b610cd98484600185600b811115610da057610da06151ea565b14610dac57600b613987565b6008613987565b600282600b811115610dc757610dc76151ea565b1480610de45750600382600b811115610de257610de26151ea565b145b15610efe575f848152600460205260408120905f19905b6003811015610e87575f838260038110610e1757610e17615703565b6002020154600160a01b900460ff166004811115610e3757610e376151ea565b03610e7f57610e7c82848360038110610e5257610e52615703565b60020201547501000000000000000000000000000000000000000000900464ffffffffff16613d3c565b91505b600101610dfb565b505f19811480610e975750804211155b15610ee857855f198214610eab5781610ead565b5f5b6040517fe8030acb00000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610d7e565b610ef486866009613987565b5050505050610f34565b83826040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615787565b610f3c613d12565b50565b610f47613838565b5f82815260036020819052604090912080549091600160a01b90910460ff169081600b811115610f7957610f796151ea565b14158015610f995750600981600b811115610f9657610f966151ea565b14155b15610fd45783816040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615787565b60038310611018576040517f3f7f7e010000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604401610d7e565b5f848152600460205260408120846003811061103657611036615703565b600202018054909150600160a01b900460ff16600181600481111561105d5761105d6151ea565b1415801561107d5750600281600481111561107a5761107a6151ea565b14155b156110be576040517f3f7f7e010000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610d7e565b81547501000000000000000000000000000000000000000000900464ffffffffff1642116111435781546040517fe8030acb00000000000000000000000000000000000000000000000000000000815260048101889052750100000000000000000000000000000000000000000090910464ffffffffff166024820152604401610d7e565b81546001600160a01b03165f61271061115c600d613a79565b600388015461117991906bffffffffffffffffffffffff1661579b565b61118391906157b2565b90505f8115611267576040517fa22233410000000000000000000000000000000000000000000000000000000081526001600160a01b038481166004830152602482018b9052604482018490527f4e4f5f53484f570000000000000000000000000000000000000000000000000060648301527f0000000000000000000000000000000000000000000000000000000000000000169063a2223341906084016020604051808303815f875af115801561123e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112629190615770565b611269565b5f5b6040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b038581166004830152602482018c90529192507f000000000000000000000000000000000000000000000000000000000000000090911690637eee288d906044015f604051808303815f87803b1580156112ee575f5ffd5b505af1158015611300573d5f5f3e3d5ffd5b50505050611321856113126004613a79565b61131c904261575d565b613b1f565b80156113bc57826001600160a01b0316897ff83e9f1344663aedfb45fbe8da2682a0980a36b2c3ef47700f069ebae29f14fd836040516113899181527f4e4f5f53484f5700000000000000000000000000000000000000000000000000602082015260400190565b60405180910390a36113bc817f4e4f5f53484f57000000000000000000000000000000000000000000000000008b613d4b565b604080518281523360208201526001600160a01b038516918a918c917fc3a02eb07eb0c20cdd53b924b3d50a3d97f8f2cddbc46c86aec5f475feae4e67910160405180910390a4600386600b811115611417576114176151ea565b14801561142657506007870154155b15611435576114358988613c62565b50505050505050611444613d12565b5050565b5f828152602081905260409020600101546114628161382e565b61146c8383613e37565b50505050565b6001600160a01b03811633146114b4576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610aff8282613efc565b60408051610280810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e081018290526102008101829052610220810182905261024081018290526102608101919091525f828152600360209081526040918290208251610280810190935280546001600160a01b03811684529091830190600160a01b900460ff16600b8111156115a7576115a76151ea565b600b8111156115b8576115b86151ea565b815281546020909101907501000000000000000000000000000000000000000000900460ff16600d8111156115ef576115ef6151ea565b600d811115611600576116006151ea565b8152815461ffff760100000000000000000000000000000000000000000000820416602083015264ffffffffff7801000000000000000000000000000000000000000000000000909104811660408301526001830154808216606084015265010000000000810490911660808301526bffffffffffffffffffffffff6a0100000000000000000000909104811660a0830152600283015480821660c08401526c0100000000000000000000000090819004821660e0840152600384015491821661010084015260ff910481161515610120830152600483015461014083015260058301546001600160a01b0316610160830152600683015461018083015260078301546101a083015260088301546101c083015260098301546101e0830152600a8301546102009092019116600b81111561173d5761173d6151ea565b600b81111561174e5761174e6151ea565b8152600a9190910154610100900467ffffffffffffffff1660209091015292915050565b5f61177f85856002613f9b565b80549091506117af9086907501000000000000000000000000000000000000000000900464ffffffffff16613943565b826117e6576040517f2e90908d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b816117f25760046117f5565b60035b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b836004811115611832576118326151ea565b021790555080547fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff168155600181018390556040805184815283151560208201523391869188917f7dedbec630fc6be42c167629a9053983ff6f761f65f7a09b8f6af4dc97d4e423910160405180910390a45f858152600360208190526040909120908154600160a01b900460ff16600b8111156118d2576118d26151ea565b146118de57505061146c565b8261190b57611904868260095f6118f56007613a79565b6118ff904261575d565b613ba3565b505061146c565b5f868152600460205260408120905b600381101561196d57600382826003811061193757611937615703565b6002020154600160a01b900460ff166004811115611957576119576151ea565b14611965575050505061146c565b60010161191a565b5061197c878360045f5f613ba3565b61198e878360055f6118f56008613a79565b50505050505050565b61199f613838565b5f6119ab8260076138c0565b600181015490915065010000000000900464ffffffffff164211611a195760018101546040517fe8030acb000000000000000000000000000000000000000000000000000000008152600481018490526501000000000090910464ffffffffff166024820152604401610d7e565b60038101546c01000000000000000000000000900460ff1615611a6d578160076040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615787565b611a778282614121565b50610f3c613d12565b611a88613838565b5f611a948260056138c0565b600181015490915065010000000000900464ffffffffff164211611b025760018101546040517fe8030acb000000000000000000000000000000000000000000000000000000008152600481018490526501000000000090910464ffffffffff166024820152604401610d7e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c87df36a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b5e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b829190615770565b4210611b9a57611b948282600d613987565b50610f34565b60068101545f8181526008602052604090205415611bc557611bbe83836004613987565b5050610f34565b5f818152600860205260408082208590558354600285015491517f7aa5230e000000000000000000000000000000000000000000000000000000008152600481018790526001600160a01b03918216602482018190526bffffffffffffffffffffffff80851660448401819052919591946c010000000000000000000000009004169290917f000000000000000000000000000000000000000000000000000000000000000090911690637aa5230e906064016020604051808303815f875af1158015611c94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cb89190615770565b600887018190555f888152600460205260409020909150611cd7614ffa565b5f5b6003811015611e0a57828160038110611cf457611cf4615703565b60020201546001600160a01b0316828260038110611d1457611d14615703565b6001600160a01b0390921660209290920201528415611e02577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637aa5230e8b848460038110611d6f57611d6f615703565b60200201516040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815260048101929092526001600160a01b03166024820152604481018890526064016020604051808303815f875af1158015611ddc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e009190615770565b505b600101611cd9565b50611e19898960065f5f613ba3565b86866001600160a01b03168a7f296f0cbd7e56ddc14da0db1fdfec6f4c2ec87e85eea346e64e0492c66de03d708887868a604051611e5a94939291906157ea565b60405180910390a45050505050505050610f3c613d12565b5f81815260056020908152604091829020805483518184028101840190945280845260609392830182828015611ecf57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611eb1575b50505050509050919050565b611ee3613838565b5f8181526003602052604090208054600160a01b900460ff16600281600b811115611f1057611f106151ea565b14158015611f305750600381600b811115611f2d57611f2d6151ea565b14155b15611f6b5782816040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615787565b81600701545f03611fac5782816040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615787565b5f8381526004602090815260408083206005835281842082516080810184526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811682527f00000000000000000000000000000000000000000000000000000000000000001681860152888652600690945282852054859473__$1f6484e5cc4c421f2cab621a01638d3d0b$__946269c42c948a94909390928c9290919082019061206090600161575d565b815260200161206f6005613a79565b9052604080517fffffffff0000000000000000000000000000000000000000000000000000000060e089901b168152600481019690965260248601949094526044850192909252606484015280516001600160a01b03908116608485015260208201511660a48401529081015160c48301526060015160e4820152610104016040805180830381865af4158015612108573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061212c9190615839565b91509150801561213f5750505050610f34565b5f858152600660205260408120805490919061215a9061585d565b90915550600283600b811115612172576121726151ea565b14801561217e57508115155b1561219157612191858560035f5f613ba3565b50505050610f3c613d12565b5f6121aa83836001613f9b565b80549091506121da9084907501000000000000000000000000000000000000000000900464ffffffffff16613943565b5f6121e56006613a79565b6121ef904261575d565b82547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017835590506122378161429d565b825464ffffffffff919091167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff9091161782556040518181523390849086907fbfdd68048bb1c44abb5d97f368a22ad14db0d0eb26ed5650a1f5c639488990cb9060200160405180910390a450505050565b5f6060805f5f5f60606122d26142eb565b6122da61431d565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b612327615018565b5f828152600460205260408082208151606081019092529091600390835b828210156123e757604080516080810190915260028302850180546001600160a01b03811683526020830190600160a01b900460ff16600481111561238c5761238c6151ea565b600481111561239d5761239d6151ea565b815281547501000000000000000000000000000000000000000000900464ffffffffff16602080830191909152600192830154604090920191909152918352929092019101612345565b505050509050919050565b5f6123fe8260066138c0565b90506124098161434a565b612442576040517fd1ff4e7200000000000000000000000000000000000000000000000000000000815260048101839052602401610d7e565b5f61244d600a613a79565b612457904261575d565b82546001600160a01b03165f908152600760208190526040822082905591925061248691859185919085613ba3565b827fb0727183796e52c5bb00a257c1eb36d8e94dbee5d6d87e259287e3372ae39ace826040516124b891815260200190565b60405180910390a2505050565b604080517facae9f1f5ac6ae05e7cd0f689e345aa893732665ee0df33d1c3659528675e95460208201526001600160a01b0385169181019190915260608101839052608081018290525f906125329060a00160405160208183030381529060405280519060200120614515565b90505b9392505050565b5f81815260036020526040812060068154600160a01b900460ff16600b811115612568576125686151ea565b14158015612593575060078154600160a01b900460ff16600b811115612590576125906151ea565b14155b156125a057505f92915050565b6125358161434a565b6125b1613838565b5f6125be83836001613f9b565b80549091506125ee9084907501000000000000000000000000000000000000000000900464ffffffffff16613943565b6040517f7eee288d000000000000000000000000000000000000000000000000000000008152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637eee288d906044015f604051808303815f87803b15801561266c575f5ffd5b505af115801561267e573d5f5f3e3d5ffd5b50505050612690816113126004613a79565b6040513390839085907f7f88374b69d504c002ca9fd366ff06114e14a03a9971ee080724d2f1195eaa40905f90a45f838152600360208190526040909120908154600160a01b900460ff16600b8111156126ec576126ec6151ea565b1480156126fb57506007810154155b1561270a5761270a8482613c62565b5050611444613d12565b5f8281526020819052604090206001015461272e8161382e565b61146c8383613efc565b5f7f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f06127638161382e565b5f8581526003602052604081208054600160a01b900460ff16935090600584600b811115612793576127936151ea565b14806127d05750600784600b8111156127ae576127ae6151ea565b1480156127d0575060038201546c01000000000000000000000000900460ff16155b80156127f05750600182015465010000000000900464ffffffffff164211155b90508061282c576040517f7fd464e600000000000000000000000000000000000000000000000000000000815260048101889052602401610d7e565b600a820180548591907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600183600b81111561286b5761286b6151ea565b02179055506009820186905581547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740a000000000000000000000000000000000000000017825560405187907fa4cc70bbaecc37c5c484c7028756aad9cebe258c6f9e683888477c0487c3d657906128ed908790600a905f908b90615875565b60405180910390a25050509392505050565b5f5f7f344a278dc53983e7d2777ffffc3277fedf629ea66f7de81c3417f82fe059d2f061292b8161382e565b612933613838565b5f61293f85600a6138c0565b5f600982015560028101546bffffffffffffffffffffffff1693509050612966858261455c565b935083156129a2576129a26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163386614812565b6005600a82015460ff16600b8111156129bd576129bd6151ea565b036129d3576129ce8582600c613987565b6129e1565b6129e18582600b5f5f613ba3565b80546040517fdbb7c64e0000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063dbb7c64e906024015f604051808303815f87803b158015612a5e575f5ffd5b505af1158015612a70573d5f5f3e3d5ffd5b5050505050612a7d613d12565b50915091565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929612aad8161382e565b6001600160a01b038316612aed576040517f2e90908d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f818152600a602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527fc03dd6b2f2e24956831b3c13a7ae1463e9ba1e5cc4a81c01c71b0de6834ab25991016124b8565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929612b8c8161382e565b612b94613838565b5f612ba08760016138c0565b6001810154909150612bc390889065010000000000900464ffffffffff16613943565b6006810183905585612c8b57600184600d811115612be357612be36151ea565b1080612c005750600784600d811115612bfe57612bfe6151ea565b115b15612c3957836040517f9c0fd5dc000000000000000000000000000000000000000000000000000000008152600401610d7e91906158ab565b82877f1a9cd5622de20e50dd29fd8fef6c00b41de3de981c8377be227d8b432baff3775f5f885f5f604051612c729594939291906158be565b60405180910390a3612c85878286613987565b50612f9c565b5f84600d811115612c9e57612c9e6151ea565b14612cd757836040517f9c0fd5dc000000000000000000000000000000000000000000000000000000008152600401610d7e91906158ab565b82612d0e576040517f13e5782800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b841580612d3a575060018101546a010000000000000000000090046bffffffffffffffffffffffff1685115b15612d9b5760018101546040517f7b69aece000000000000000000000000000000000000000000000000000000008152600481018790526a01000000000000000000009091046bffffffffffffffffffffffff166024820152604401610d7e565b5f8381526008602052604090205415612dfc5782877f1a9cd5622de20e50dd29fd8fef6c00b41de3de981c8377be227d8b432baff3775f5f60045f5f604051612de89594939291906158be565b60405180910390a3612c8587826004613987565b5f612e076001613a79565b90505f612e146002613a79565b6002840180546bffffffffffffffffffffffff8a81167fffffffffffffffff000000000000000000000000000000000000000000000000909216919091176c0100000000000000000000000086831602179091556003850180547fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001691831691909117905560405190915085908a907f1a9cd5622de20e50dd29fd8fef6c00b41de3de981c8377be227d8b432baff37790612ed9906001908c905f90899089906158be565b60405180910390a35f612eec6004613a79565b612ef6904261575d565b5f8b81526004602052604081209192505b6003811015612f7d5782828260038110612f2357612f23615703565b60020201805464ffffffffff929092167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff909216919091179055600101612f07565b50612f8c8b8660025f86613ba3565b612f968b86613c62565b50505050505b612fa4613d12565b505050505050565b831580612fba575061ffff84115b15612ff4576040517f2e2d91f000000000000000000000000000000000000000000000000000000000815260048101859052602401610d7e565b6001600160a01b0383165f908152600a602052604090205460ff16613050576040517f4cc828570000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610d7e565b42861115613093576040517fa0d60a2200000000000000000000000000000000000000000000000000000000815260048101879052426024820152604401610d7e565b5f61309d5f613a79565b90508515806130ab57508086115b156130ec576040517f7b69aece0000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610d7e565b335f90815260076020526040902054801561313c576040517f0252dce400000000000000000000000000000000000000000000000000000000815233600482015260248101829052604401610d7e565b5f89815260096020526040902054801561318c576040517f94b97268000000000000000000000000000000000000000000000000000000008152600481018b905260248101829052604401610d7e565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633bf025376040518163ffffffff1660e01b8152600401602060405180830381865afa1580156131e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061320d9190615770565b905080156132f1575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c87df36a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015613272573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132969190615770565b9050818b1015806132a75750804210155b156132ef576040517f7852c900000000000000000000000000000000000000000000000000000000008152600481018c90526024810183905260448101829052606401610d7e565b505b6040517f1e3f71a7000000000000000000000000000000000000000000000000000000008152336004820152602481018b90527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631e3f71a790604401602060405180830381865afa158015613373573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061339791906158f3565b61348a576040517f196d78f20000000000000000000000000000000000000000000000000000000081523360048201819052908b906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063196d78f290602401602060405180830381865afa15801561341b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061343f9190615770565b6040517fd0a8382d0000000000000000000000000000000000000000000000000000000081526001600160a01b03909316600484015260248301919091526044820152606401610d7e565b6134d487613499338e8e6124c5565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061488692505050565b613529576040517f81c65f6b0000000000000000000000000000000000000000000000000000000081526001600160a01b0388166004820152336024820152604481018c9052606481018b9052608401610d7e565b5050505050505050505050565b5f600b5f81546135459061585d565b918290555090505f6135576003613a79565b613561904261575d565b5f8381526003602052604090208054337fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167fffffffffffffffffffffff00000000000000000000000000000000000000000090911617600160a01b177fffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000061ffff88160217815590915061360d8761429d565b81547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000064ffffffffff928316021782556001820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff000000000016429092169190911790556136938261429d565b8160010160056101000a81548164ffffffffff021916908364ffffffffff1602179055506136c0866148f6565b600182810180546bffffffffffffffffffffffff939093166a0100000000000000000000027fffffffffffffffffffff000000000000000000000000ffffffffffffffffffff9093169290921790915560048201899055600580830180546001600160a01b0388167fffffffffffffffffffffffff00000000000000000000000000000000000000009182168117909255335f8181526007602090815260408083208b90558f8352600982528083208b90558a8352958152858220805497880181558252908190209095018054909216811790915582518c81529384018b905291830189905260608301889052608083018590529185907fb032ce59b6b932b31a28b07b68c2ac9e116899a0ab557b04efe745f5f142e3959060a00160405180910390a4827fa4cc70bbaecc37c5c484c7028756aad9cebe258c6f9e683888477c0487c3d6575f60015f8660405161381b9493929190615875565b60405180910390a2505095945050505050565b610f3c8133614947565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15613891576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6138be60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906149b2565b565b5f82815260036020526040902081600b8111156138df576138df6151ea565b8154600160a01b900460ff16600b8111156138fc576138fc6151ea565b146108115780546040517f19aa67d5000000000000000000000000000000000000000000000000000000008152610d7e918591600160a01b90910460ff1690600401615787565b80421115611444576040517fec8e74cf0000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610d7e565b60038201546c01000000000000000000000000900460ff166139ad576139ad8383614121565b8154819083907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000083600d8111156139fe576139fe6151ea565b02179055505f600780840182905583546001600160a01b031682526020526040812055600881600d811115613a3557613a356151ea565b1480613a525750600981600d811115613a5057613a506151ea565b145b15613a6b5760048201545f908152600960205260408120555b610aff83836008845f613ba3565b6040517fedbdabac0000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063edbdabac90613ae09085906004016158ab565b602060405180830381865afa158015613afb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108119190615770565b81547fffffffffffffffffffffff0000000000000000000000000000000000000000001682555f6001830155613b548161429d565b825464ffffffffff919091167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff9091161790915550565b8354600160a01b80820460ff1691859187917fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff169083600b811115613bea57613bea6151ea565b0217905550613bf88261429d565b8560010160056101000a81548164ffffffffff021916908364ffffffffff160217905550857fa4cc70bbaecc37c5c484c7028756aad9cebe258c6f9e683888477c0487c3d65782868686604051613c529493929190615875565b60405180910390a2505050505050565b6040517fd1f6a38900000000000000000000000000000000000000000000000000000000815260048101829052602481018390526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660448201525f606482015273__$1f6484e5cc4c421f2cab621a01638d3d0b$__9063d1f6a389906084015f6040518083038186803b158015613d00575f5ffd5b505af4158015612fa4573d5f5f3e3d5ffd5b6138be5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006138b8565b5f828218828410028218612535565b613d9f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f0000000000000000000000000000000000000000000000000000000000000000856149b9565b6040517f3958de760000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633958de76906064015f604051808303815f87803b158015613e25575f5ffd5b505af115801561198e573d5f5f3e3d5ffd5b5f828152602081815260408083206001600160a01b038516845290915281205460ff16613ef5575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055613ead3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610811565b505f610811565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615613ef5575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610811565b5f838152600360208190526040822054600160a01b900460ff169081600b811115613fc857613fc86151ea565b14158015613fe85750600981600b811115613fe557613fe56151ea565b14155b156140235784816040517f19aa67d5000000000000000000000000000000000000000000000000000000008152600401610d7e929190615787565b60038410614067576040517f3f7f7e010000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610d7e565b5f858152600460205260409020846003811061408557614085615703565b6002020180549092506001600160a01b0316331415806140d257508260048111156140b2576140b26151ea565b8254600160a01b900460ff1660048111156140cf576140cf6151ea565b14155b15614119576040517f53c547a20000000000000000000000000000000000000000000000000000000081526004810186905260248101859052336044820152606401610d7e565b509392505050565b6003810180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff166c010000000000000000000000001790555f828152600460205260408120905b600381101561146c575f82826003811061418557614185615703565b6002020154600160a01b900460ff1660048111156141a5576141a56151ea565b14614295575f8282600381106141bd576141bd615703565b60020201546040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b03918216600482018190526024820188905292507f000000000000000000000000000000000000000000000000000000000000000090911690637eee288d906044015f604051808303815f87803b158015614248575f5ffd5b505af115801561425a573d5f5f3e3d5ffd5b50506040516001600160a01b03841692508791507fb39a9b1f9fd044718db59ec0556e17f6d0482dfa716f94d5b29da7d8754f4406905f90a3505b600101614169565b5f64ffffffffff8211156142e7576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526028600482015260248101839052604401610d7e565b5090565b60606143187f00000000000000000000000000000000000000000000000000000000000000006001614a76565b905090565b60606143187f00000000000000000000000000000000000000000000000000000000000000006002614a76565b60088101546040517f8b3c99e3000000000000000000000000000000000000000000000000000000008152600481018290525f91907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638b3c99e390602401608060405180830381865afa1580156143ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906143f29190615941565b604001516bffffffffffffffffffffffff161561441157505f92915050565b60028301546c0100000000000000000000000090046bffffffffffffffffffffffff161561450c5760015b6003811161450a576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638b3c99e361447d838561575d565b6040518263ffffffff1660e01b815260040161449b91815260200190565b608060405180830381865afa1580156144b6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906144da9190615941565b604001516bffffffffffffffffffffffff16156144fa57505f9392505050565b6145038161585d565b905061443c565b505b50600192915050565b5f610811614521614b1f565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6003810180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff81166c01000000000000000000000000179091555f83815260046020526040812090916bffffffffffffffffffffffff16825b6003811015614809575f8382600381106145d2576145d2615703565b6002020154600160a01b900460ff1660048111156145f2576145f26151ea565b14614801575f83826003811061460a5761460a615703565b60020201546040517fa22233410000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201819052602482018a9052604482018690527f4652415544000000000000000000000000000000000000000000000000000000606483015292505f917f0000000000000000000000000000000000000000000000000000000000000000169063a2223341906084016020604051808303815f875af11580156146c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906146eb9190615770565b6040517f7eee288d0000000000000000000000000000000000000000000000000000000081526001600160a01b038481166004830152602482018b90529192507f000000000000000000000000000000000000000000000000000000000000000090911690637eee288d906044015f604051808303815f87803b158015614770575f5ffd5b505af1158015614782573d5f5f3e3d5ffd5b505050508086614792919061575d565b9550816001600160a01b0316887ff83e9f1344663aedfb45fbe8da2682a0980a36b2c3ef47700f069ebae29f14fd836040516147f69181527f4652415544000000000000000000000000000000000000000000000000000000602082015260400190565b60405180910390a350505b6001016145b6565b50505092915050565b6040516001600160a01b03838116602483015260448201839052610aff91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050614c48565b5f836001600160a01b03163b5f036148e4575f5f6148a48585614ccd565b5090925090505f8160038111156148bd576148bd6151ea565b1480156148db5750856001600160a01b0316826001600160a01b0316145b92505050612535565b6148ef848484614d16565b9050612535565b5f6bffffffffffffffffffffffff8211156142e7576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610d7e565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611444576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610d7e565b80825d5050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f095ea7b300000000000000000000000000000000000000000000000000000000179052614a388482614e52565b61146c576040516001600160a01b0384811660248301525f6044830152614a6c91869182169063095ea7b39060640161483f565b61146c8482614c48565b606060ff8314614a9057614a8983614e97565b9050610811565b818054614a9c906159de565b80601f0160208091040260200160405190810160405280929190818152602001828054614ac8906159de565b8015614b135780601f10614aea57610100808354040283529160200191614b13565b820191905f5260205f20905b815481529060010190602001808311614af657829003601f168201915b50505050509050610811565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015614b7757507f000000000000000000000000000000000000000000000000000000000000000046145b15614ba157507f000000000000000000000000000000000000000000000000000000000000000090565b614318604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f60205f8451602086015f885af180614c67576040513d5f823e3d81fd5b50505f513d91508115614c7e578060011415614c8b565b6001600160a01b0384163b155b1561146c576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610d7e565b5f5f5f8351604103614d04576020840151604085015160608601515f1a614cf688828585614ed4565b955095509550505050614d0f565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401614d36929190615a2f565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f1626ba7e0000000000000000000000000000000000000000000000000000000017905251614db79190615a47565b5f60405180830381855afa9150503d805f8114614def576040519150601f19603f3d011682016040523d82523d5f602084013e614df4565b606091505b5091509150818015614e0857506020815110155b8015614e48575080517f1626ba7e0000000000000000000000000000000000000000000000000000000090614e469083016020908101908401615770565b145b9695505050505050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f519050828015614e4857508115614e835780600114614e48565b50505050506001600160a01b03163b151590565b60605f614ea383614fba565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614f0d57505f91506003905082614fb0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614f5e573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116614fa757505f925060019150829050614fb0565b92505f91508190505b9450945094915050565b5f60ff8216601f811115610811576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405180606001604052806003906020820280368337509192915050565b60405180606001604052806003905b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816150275790505090565b5f6020828403121561506c575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612535575f5ffd5b6001600160a01b0381168114610f3c575f5ffd5b5f5f5f5f5f5f5f60c0888a0312156150c5575f5ffd5b8735965060208801359550604088013594506060880135935060808801356150ec8161509b565b925060a088013567ffffffffffffffff811115615107575f5ffd5b8801601f81018a13615117575f5ffd5b803567ffffffffffffffff81111561512d575f5ffd5b8a602082840101111561513e575f5ffd5b602082019350809250505092959891949750929550565b8015158114610f3c575f5ffd5b5f5f60408385031215615173575f5ffd5b82359150602083013561518581615155565b809150509250929050565b5f602082840312156151a0575f5ffd5b5035919050565b5f5f604083850312156151b8575f5ffd5b50508035926020909101359150565b5f5f604083850312156151d8575f5ffd5b8235915060208301356151858161509b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600c8110615227576152276151ea565b9052565b600e8110610f3c57610f3c6151ea565b6152278161522b565b81516001600160a01b03168152610280810160208301516152686020840182615217565b50604083015161527b604084018261523b565b506060830151615291606084018261ffff169052565b5060808301516152aa608084018264ffffffffff169052565b5060a08301516152c360a084018264ffffffffff169052565b5060c08301516152dc60c084018264ffffffffff169052565b5060e08301516152fc60e08401826bffffffffffffffffffffffff169052565b5061010083015161531e6101008401826bffffffffffffffffffffffff169052565b506101208301516153406101208401826bffffffffffffffffffffffff169052565b506101408301516153626101408401826bffffffffffffffffffffffff169052565b5061016083015161537861016084018215159052565b506101808301516101808301526101a08301516153a16101a08401826001600160a01b03169052565b506101c08301516101c08301526101e08301516101e08301526102008301516102008301526102208301516102208301526102408301516153e6610240840182615217565b5061026083015161540461026084018267ffffffffffffffff169052565b5092915050565b5f5f5f5f6080858703121561541e575f5ffd5b843593506020850135925060408501359150606085013561543e81615155565b939692955090935050565b602080825282518282018190525f918401906040840190835b818110156154895783516001600160a01b0316835260209384019390920191600101615462565b509095945050505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61551a60e0830189615494565b828103604084015261552c8189615494565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015615581578351835260209384019390920191600101615563565b50909b9a5050505050505050505050565b610180810181835f5b60038110156148095781516001600160a01b0381511684526020810151600581106155c8576155c86151ea565b8060208601525064ffffffffff6040820151166040850152606081015160608501525060808301925060208201915060018101905061559b565b5f5f5f60608486031215615614575f5ffd5b833561561f8161509b565b95602085013595506040909401359392505050565b5f60208284031215615644575f5ffd5b81356125358161509b565b5f5f5f60608486031215615661575f5ffd5b505081359360208301359350604090920135919050565b602081016108118284615217565b5f5f60408385031215615697575f5ffd5b82356156a28161509b565b9150602083013561518581615155565b5f5f5f5f5f60a086880312156156c6575f5ffd5b8535945060208601356156d881615155565b9350604086013592506060860135600e81106156f2575f5ffd5b949793965091946080013592915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561081157610811615730565b5f60208284031215615780575f5ffd5b5051919050565b828152604081016125356020830184615217565b808202811582820484141761081157610811615730565b5f826157e5577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8481526020810184905260c0810160408201845f5b60038110156158275781516001600160a01b03168352602092830192909101906001016157ff565b5050508260a083015295945050505050565b5f5f6040838503121561584a575f5ffd5b8251602084015190925061518581615155565b5f5f19820361586e5761586e615730565b5060010190565b608081016158838287615217565b6158906020830186615217565b6158998461522b565b60408201939093526060015292915050565b602081016158b88361522b565b91905290565b85151581526020810185905260a081016158d78561522b565b8460408301528360608301528260808301529695505050505050565b5f60208284031215615903575f5ffd5b815161253581615155565b80516bffffffffffffffffffffffff81168114615929575f5ffd5b919050565b805163ffffffff81168114615929575f5ffd5b5f6080828403128015615952575f5ffd5b506040516080810167ffffffffffffffff8111828210171561599b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040528251815260208301516159b08161509b565b60208201526159c16040840161590e565b60408201526159d26060840161592e565b60608201529392505050565b600181811c908216806159f257607f821691505b602082108103615a29577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b828152604060208201525f6125326040830184615494565b5f82518060208501845e5f92019182525091905056fea164736f6c634300081c000a' as const;

/** ABI of `FraudReports` (src/FraudReports.sol). */
export const fraudReportsAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "claims_",
        "type": "address",
        "internalType": "contract IClaimsManager"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bondsHeld",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimRefund",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claims",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IClaimsManager"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "expireReport",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operatorFees",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "parameters",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IClaimParameters"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IMutualPool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "recordRecovery",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "report",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct FraudReport",
        "components": [
          {
            "name": "claimId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "reporter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "bond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "deadline",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "outcome",
            "type": "uint8",
            "internalType": "enum ReportOutcome"
          },
          {
            "name": "resumeState",
            "type": "uint8",
            "internalType": "enum ClaimState"
          },
          {
            "name": "evidenceHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reportCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reportFraud",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "evidenceHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "resolveReport",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "confirmed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unclaimedRefundOf",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unclaimedRefunds",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawOperatorFees",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "FraudReported",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bond",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "evidenceHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OperatorFeesWithdrawn",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecoveryRecorded",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RefundClaimed",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ReportResolved",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "outcome",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ReportOutcome"
      },
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bondReturned",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "slashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "creditedToMembers",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ReporterPaymentDeferred",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReportsDeadlineNotReached",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsDeadlinePassed",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsInsufficientFees",
    "inputs": [
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsNotFraudConfirmed",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsNotOpen",
    "inputs": [
      {
        "name": "reportId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "outcome",
        "type": "uint8",
        "internalType": "enum ReportOutcome"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsTransferAmountMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReportsZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

/** Creation bytecode of `FraudReports`. */
export const fraudReportsBytecode = '0x610100604052348015610010575f5ffd5b50604051612a3b380380612a3b83398101604081905261002f916102d6565b6001600160a01b038316158061004c57506001600160a01b038216155b8061005e57506001600160a01b038116155b1561007c57604051632ad7fbf160e21b815260040160405180910390fd5b6001600160a01b038316608081905260408051630890357360e41b815290516389035730916004808201926020929091908290030181865afa1580156100c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e89190610320565b6001600160a01b031660a0816001600160a01b031681525050826001600160a01b03166316f0115b6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561013d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101619190610320565b6001600160a01b031660c081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156101a8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101cc9190610320565b6001600160a01b031660e0526101e25f83610216565b5061020d7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92982610216565b50505050610342565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102b6575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561026e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102b9565b505f5b92915050565b6001600160a01b03811681146102d3575f5ffd5b50565b5f5f5f606084860312156102e8575f5ffd5b83516102f3816102bf565b6020850151909350610304816102bf565b6040850151909250610315816102bf565b809150509250925092565b5f60208284031215610330575f5ffd5b815161033b816102bf565b9392505050565b60805160a05160c05160e05161263a6104015f395f81816103f1015281816105b1015281816111d601528181611401015281816115e901528181611ab101528181611b3101528181611b930152611cee01525f81816101c0015281816111f8015281816112790152818161160b015261168c01525f81816102b7015281816106e70152818161076101526110fd01525f81816103a30152818161084c01528181610d1901528181610f620152818161107f01526114d8015261263a5ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c806391d14854116100dd578063bffa55d511610088578063dcc59b6f11610063578063dcc59b6f1461039e578063f5b541a6146103c5578063fc0c546a146103ec575f5ffd5b8063bffa55d514610365578063c329689a14610378578063d547741f1461038b575f5ffd5b8063a217fddf116100b8578063a217fddf14610342578063a6f5765b14610349578063b3dde3241461035c575f5ffd5b806391d14854146102d9578063969b1cdb1461030f578063a177cf201461032f575f5ffd5b80632f2ff15d1161013d578063627de74511610118578063627de745146102965780637f0cd7941461029f57806389035730146102b2575f5ffd5b80632f2ff15d1461025b5780632fb0ef071461027057806336568abe14610283575f5ffd5b8063188e8c681161016d578063188e8c6814610211578063248a9ca31461023057806324cc57b314610252575f5ffd5b806301ffc9a71461019357806316f0115b146101bb578063185c6f84146101fa575b5f5ffd5b6101a66101a1366004612072565b610413565b60405190151581526020015b60405180910390f35b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101b2565b61020360035481565b6040519081526020016101b2565b61020361021f3660046120c5565b60026020525f908152604090205481565b61020361023e3660046120e0565b5f9081526020819052604090206001015490565b61020360065481565b61026e6102693660046120f7565b6104ab565b005b61026e61027e366004612125565b6104d5565b61026e6102913660046120f7565b610629565b61020360045481565b6102036102ad36600461214f565b610675565b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b6101a66102e73660046120f7565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61032261031d3660046120e0565b610aca565b6040516101b291906121b0565b61026e61033d3660046120e0565b610bfd565b6102035f81565b61026e610357366004612243565b610df6565b61020360055481565b6102036103733660046120c5565b611338565b61026e61038636600461214f565b611475565b61026e6103993660046120f7565b61172a565b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b6102037f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806104a557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f828152602081905260409020600101546104c58161174e565b6104cf8383611758565b50505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9296104ff8161174e565b61050761181d565b6001600160a01b038316158061051b575081155b15610552576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6005548083111561059e576040517f30da28bd00000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044015b60405180910390fd5b8281036005556105d86001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001685856118a5565b836001600160a01b03167f570faf8e540b6c7c198632dd242fe58f4511bd8d4398c1517a3a6cd55d44310a8460405161061391815260200190565b60405180910390a250610624611919565b505050565b6001600160a01b038116331461066b576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106248282611943565b5f61067e61181d565b816106b5576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517fedbdabac0000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063edbdabac9061071d90600b90600401612266565b602060405180830381865afa158015610738573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061075c9190612280565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663edbdabac60096040518263ffffffff1660e01b81526004016107ac9190612266565b602060405180830381865afa1580156107c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107eb9190612280565b6107f590426122c4565b905060035f8154610805906122d7565b91829055506040517fdae25b3b0000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604481018390529093505f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dae25b3b906064016020604051808303815f875af115801561089a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108be919061231c565b6040805160e08101825288815233602082015291925081016108df856119e2565b6bffffffffffffffffffffffff1681526020016108fb84611a37565b64ffffffffff1681526020015f815260200182600b81111561091f5761091f61216f565b815260209081018790525f86815260018083526040918290208451815592840151918401516bffffffffffffffffffffffff1674010000000000000000000000000000000000000000026001600160a01b039092169190911790820155606082015160028201805464ffffffffff9092167fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000008316811782556080850151927fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001617650100000000008360038111156109f9576109f961216f565b021790555060a08201516002820180547fffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffff16660100000000000083600b811115610a4557610a4561216f565b021790555060c082015181600301559050508260045f828254610a6891906122c4565b90915550610a7890503384611a81565b60408051848152602081018790529081018390523390879086907fc518908ab587ce2619ed92e22db642fdcb533a96ca1ec4581f07d32adc3e0f629060600160405180910390a45050506104a5611919565b610b076040805160e0810182525f808252602082018190529181018290526060810182905290608082019081526020015f81526020015f81525090565b5f82815260016020818152604092839020835160e08101855281548152928101546001600160a01b03811692840192909252740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff1692820192909252600282015464ffffffffff81166060830152909190608083019065010000000000900460ff166003811115610b9e57610b9e61216f565b6003811115610baf57610baf61216f565b81526020016002820160069054906101000a900460ff16600b811115610bd757610bd761216f565b600b811115610be857610be861216f565b81526020016003820154815250509050919050565b610c0561181d565b5f610c0f82611c4b565b600281015490915064ffffffffff164211610c6c5760028101546040517fa98bc9510000000000000000000000000000000000000000000000000000000081526004810184905264ffffffffff9091166024820152604401610595565b80546001820154600283018054740100000000000000000000000000000000000000009092046bffffffffffffffffffffffff1691600391907fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff16650100000000008302179055508060045f828254610ce59190612335565b90915550506040517f1566d4f8000000000000000000000000000000000000000000000000000000008152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631566d4f8906024015f604051808303815f87803b158015610d62575f5ffd5b505af1158015610d74573d5f5f3e3d5ffd5b5050506001840154610d9091506001600160a01b031682611ce1565b60018301546040516001600160a01b0390911690839086907f3831a2a97efd0d412dd018c7b26b9cbc6c78008ff1868f4877c604058dbbfe0490610de09060039087905f90819081908190612348565b60405180910390a4505050610df3611919565b50565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929610e208161174e565b610e2861181d565b5f610e3284611c4b565b600281015490915064ffffffffff16421115610e905760028101546040517f0de766e40000000000000000000000000000000000000000000000000000000081526004810186905264ffffffffff9091166024820152604401610595565b80546001820154600480546001600160a01b038316927401000000000000000000000000000000000000000090046bffffffffffffffffffffffff169182915f90610edc908490612335565b9091555086905061101857600284810180547fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff16650100000000008302179055508060055f828254610f2e91906122c4565b90915550506040517f1566d4f8000000000000000000000000000000000000000000000000000000008152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631566d4f8906024015f604051808303815f87803b158015610fab575f5ffd5b505af1158015610fbd573d5f5f3e3d5ffd5b50505050816001600160a01b031683887f3831a2a97efd0d412dd018c7b26b9cbc6c78008ff1868f4877c604058dbbfe0460025f5f5f5f8960405161100796959493929190612348565b60405180910390a450505050611330565b600284018054650100000000007fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff9091161790556040517fdbafca7a000000000000000000000000000000000000000000000000000000008152600481018490525f9081907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dbafca7a9060240160408051808303815f875af11580156110cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110f0919061237e565b915091505f6111a16127107f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663edbdabac600c6040518263ffffffff1660e01b81526004016111489190612266565b602060405180830381865afa158015611163573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111879190612280565b61119190856123a0565b61119b91906123b7565b84611da0565b90505f6111ae8285612335565b90506111c3866111be84886122c4565b611ce1565b80156112d95761121d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000083611db2565b6040517f3958de76000000000000000000000000000000000000000000000000000000008152600481018290527f534c4153480000000000000000000000000000000000000000000000000000006024820152604481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633958de76906064015f604051808303815f87803b1580156112c2575f5ffd5b505af11580156112d4573d5f5f3e3d5ffd5b505050505b856001600160a01b0316878c7f3831a2a97efd0d412dd018c7b26b9cbc6c78008ff1868f4877c604058dbbfe04600189878a885f60405161131f96959493929190612348565b60405180910390a450505050505050505b610624611919565b5f61134161181d565b6001600160a01b038216611381576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f90815260026020526040812054908190036113cb576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600260205260408120819055600680548392906113ee908490612335565b9091555061142890506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836118a5565b6040518181526001600160a01b0383169033907f39bed68a008a68cbf907d7ff6bc3629912af6516cb837cfa3f871ad9f2b8a9449060200160405180910390a3611470611919565b919050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961149f8161174e565b6114a761181d565b600b6040517f379607f5000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063379607f59060240161028060405180830381865afa158015611526573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061154a91906124b9565b60200151600b81111561155f5761155f61216f565b14611599576040517f5f88d74400000000000000000000000000000000000000000000000000000000815260048101849052602401610595565b815f036115d2576040517fab5fefc400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6115dc3383611a81565b6116306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084611db2565b6040517f3958de76000000000000000000000000000000000000000000000000000000008152600481018390527f5245434f564552590000000000000000000000000000000000000000000000006024820152604481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633958de76906064015f604051808303815f87803b1580156116d5575f5ffd5b505af11580156116e7573d5f5f3e3d5ffd5b50506040518481523392508591507fea24702ccd50c168def34a42077a86529bc0463bd8c8f411bb3822728fac17489060200160405180910390a3610624611919565b5f828152602081905260409020600101546117448161174e565b6104cf8383611943565b610df38133611e6f565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611816575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556117ce3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104a5565b505f6104a5565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611876576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6118a360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611eda565b565b6040516001600160a01b0383811660248301526044820183905261062491859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611ee1565b6118a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061189d565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611816575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104a5565b5f6bffffffffffffffffffffffff821115611a33576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610595565b5090565b5f64ffffffffff821115611a33576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526028600482015260248101839052604401610595565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015611afe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b229190612280565b9050611b596001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016843085611f66565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015611bd8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bfc9190612280565b611c069190612335565b90508281146104cf576040517fc65e49730000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610595565b5f818152600160208190526040909120908101546001600160a01b03161580611c9557505f600282015465010000000000900460ff166003811115611c9257611c9261216f565b14155b1561147057818160020160059054906101000a900460ff166040517fa51f235d000000000000000000000000000000000000000000000000000000008152600401610595929190612619565b611d156001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383611f9f565b611d9c576001600160a01b0382165f9081526002602052604081208054839290611d409084906122c4565b925050819055508060065f828254611d5891906122c4565b90915550506040518181526001600160a01b038316907f14fe02ca148fc99d3bac4a59fc4dd0a3707955b5fb71f3211735d4c7eec034c39060200160405180910390a25b5050565b5f8282188284100282185b9392505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f095ea7b300000000000000000000000000000000000000000000000000000000179052611e318482612029565b6104cf576040516001600160a01b0384811660248301525f6044830152611e6591869182169063095ea7b3906064016118d2565b6104cf8482611ee1565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611d9c576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610595565b80825d5050565b5f5f60205f8451602086015f885af180611f00576040513d5f823e3d81fd5b50505f513d91508115611f17578060011415611f24565b6001600160a01b0384163b155b156104cf576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610595565b6040516001600160a01b0384811660248301528381166044830152606482018390526104cf9186918216906323b872dd906084016118d2565b5f61202184856001600160a01b031663a9059cbb8686604051602401611fda9291906001600160a01b03929092168252602082015260400190565b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050612029565b949350505050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156120685750811561205a5780600114612068565b5f866001600160a01b03163b115b9695505050505050565b5f60208284031215612082575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611dab575f5ffd5b6001600160a01b0381168114610df3575f5ffd5b5f602082840312156120d5575f5ffd5b8135611dab816120b1565b5f602082840312156120f0575f5ffd5b5035919050565b5f5f60408385031215612108575f5ffd5b82359150602083013561211a816120b1565b809150509250929050565b5f5f60408385031215612136575f5ffd5b8235612141816120b1565b946020939093013593505050565b5f5f60408385031215612160575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600481106121ac576121ac61216f565b9052565b5f60e082019050825182526001600160a01b0360208401511660208301526bffffffffffffffffffffffff604084015116604083015264ffffffffff60608401511660608301526080830151612209608084018261219c565b5060a0830151600c811061221f5761221f61216f565b8060a08401525060c083015160c083015292915050565b8015158114610df3575f5ffd5b5f5f60408385031215612254575f5ffd5b82359150602083013561211a81612236565b60208101600e831061227a5761227a61216f565b91905290565b5f60208284031215612290575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156104a5576104a5612297565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361230757612307612297565b5060010190565b8051600c8110611470575f5ffd5b5f6020828403121561232c575f5ffd5b611dab8261230e565b818103818111156104a5576104a5612297565b60c08101612356828961219c565b602082019690965260408101949094526060840192909252608083015260a090910152919050565b5f5f6040838503121561238f575f5ffd5b505080516020909101519092909150565b80820281158282048414176104a5576104a5612297565b5f826123ea577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b604051610280810167ffffffffffffffff81118282101715612438577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b8051611470816120b1565b8051600e8110611470575f5ffd5b805161ffff81168114611470575f5ffd5b805164ffffffffff81168114611470575f5ffd5b80516bffffffffffffffffffffffff81168114611470575f5ffd5b805161147081612236565b805167ffffffffffffffff81168114611470575f5ffd5b5f6102808284031280156124cb575f5ffd5b506124d46123ef565b6124dd8361243e565b81526124eb6020840161230e565b60208201526124fc60408401612449565b604082015261250d60608401612457565b606082015261251e60808401612468565b608082015261252f60a08401612468565b60a082015261254060c08401612468565b60c082015261255160e0840161247c565b60e0820152612563610100840161247c565b610100820152612576610120840161247c565b610120820152612589610140840161247c565b61014082015261259c6101608401612497565b61016082015261018083810151908201526125ba6101a0840161243e565b6101a08201526101c083810151908201526101e08084015190820152610200808401519082015261022080840151908201526125f9610240840161230e565b61024082015261260c61026084016124a2565b6102608201529392505050565b82815260408101611dab602083018461219c56fea164736f6c634300081c000a' as const;

/** ABI of `HintHelpers` (src/periphery/HintHelpers.sol). */
export const hintHelpersAbi = [
  {
    "type": "function",
    "name": "MAX_TRIALS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "findInsertPosition",
    "inputs": [
      {
        "name": "pool",
        "type": "address",
        "internalType": "contract IMutualPool"
      },
      {
        "name": "key",
        "type": "int256",
        "internalType": "int256"
      },
      {
        "name": "exclude",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "numTrials",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "randomSeed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getApproxHint",
    "inputs": [
      {
        "name": "pool",
        "type": "address",
        "internalType": "contract IMutualPool"
      },
      {
        "name": "key",
        "type": "int256",
        "internalType": "int256"
      },
      {
        "name": "exclude",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "numTrials",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "randomSeed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "hint",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "diff",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "latestRandomSeed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "lastMemberId",
    "inputs": [
      {
        "name": "pool",
        "type": "address",
        "internalType": "contract IMutualPool"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "error",
    "name": "HintHelpersNotAPool",
    "inputs": [
      {
        "name": "pool",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `HintHelpers`. */
export const hintHelpersBytecode = '0x6080604052348015600e575f5ffd5b50610f878061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80636986e26d1461004e578063897bf0d5146100885780639646f1f0146100b05780639cfda436146100c7575b5f5ffd5b61006161005c366004610c4e565b6100da565b6040805163ffffffff90941684526020840192909252908201526060015b60405180910390f35b61009b610096366004610c9a565b6101a8565b60405163ffffffff909116815260200161007f565b6100b9610bb881565b60405190815260200161007f565b61009b6100d5366004610c4e565b610235565b5f5f5f6100e688610381565b5f8873ffffffffffffffffffffffffffffffffffffffff1663c6992b2a6040518163ffffffff1660e01b8152600401606060405180830381865afa158015610130573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101549190610cbe565b925050505f6101708a8a8a6101698e876103f1565b8b8b6104cc565b80519550905063ffffffff851615610194576040810151610191908a610d2b565b93505b8060c0015192505050955095509592505050565b5f6101b282610381565b5f8273ffffffffffffffffffffffffffffffffffffffff1663c6992b2a6040518163ffffffff1660e01b8152600401606060405180830381865afa1580156101fc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102209190610cbe565b9250505061022e83826103f1565b9392505050565b5f61023f86610381565b5f5f5f8873ffffffffffffffffffffffffffffffffffffffff1663c6992b2a6040518163ffffffff1660e01b8152600401606060405180830381865afa15801561028b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102af9190610cbe565b925092509250805f036102c7575f9350505050610378565b5f6102d58a8a8a8787610651565b8051909150156102ee5760200151935061037892505050565b5f6103068b8b8b6102ff8f886103f1565b8c8c6104cc565b805190915063ffffffff165f03610332576040820151606083015163ffffffff90811660208401521681525b806060015163ffffffff165f036103645760808083015160a084015163ffffffff908116928401929092521660608201525b6103708b8b8b84610765565b955050505050505b95945050505050565b8073ffffffffffffffffffffffffffffffffffffffff163b5f036103ee576040517fafea034e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b50565b5f808083156104005783610403565b60015b90505b610410858261086a565b1561046c579050807fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000001810161044d5763ffffffff925050506104c6565b61046561045b826002610d51565b63ffffffff61092b565b9050610406565b60016104788383610d68565b11156104b8575f600261048b8385610d7b565b6104959190610dbb565b90506104a1868261086a565b156104ae578092506104b2565b8091505b5061046c565b6104c18261093a565b925050505b92915050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915260c0810182905263ffffffff84161561064757825f0361052b576105288463ffffffff166001610987565b92505b610bb883111561053b57610bb892505b821561063f575f918252602082209161056d61055d63ffffffff871685610dce565b610568906001610d7b565b61093a565b90508563ffffffff168163ffffffff1603610588575061062f565b5f5f5f5f6105968c866109ba565b9350935093509350806105ad57505050505061062f565b8a82136105ee57855163ffffffff1615806105cb5750856040015182135b156105e9576040860182905263ffffffff8084166020880152851686525b610629565b606086015163ffffffff16158061060857508560a0015182125b156106295760a0860182905263ffffffff8085166080880152851660608701525b50505050505b61063883610de1565b925061053b565b60c081018290525b9695505050505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091528363ffffffff168263ffffffff16036106a65761069f86836109ba565b5091935050505b8163ffffffff165f036106bc5760018152610378565b5f5f6106c888856109ba565b5092505091508681136106ec57505063ffffffff8216602082015260018152610378565b8563ffffffff168563ffffffff16036107105761070988866109ba565b5090965050505b5f5f61071c8a886109ba565b5092509250508089121561073857505060018352506103789050565b5063ffffffff92831660a08501529382166080840152509182166060820152911660408201529392505050565b80516020820151606083015160808401515f939291905b8663ffffffff168363ffffffff16036107a05761079989846109ba565b5090945050505b8263ffffffff165f036107b95783945050505050610862565b5f5f6107c58b866109ba565b5092509250508981126107e057859650505050505050610862565b93945092839063ffffffff84161561085b578863ffffffff168363ffffffff16036108165761080f8b846109ba565b5091945050505b8263ffffffff165f0361082d575f9350505061077c565b5f5f6108398d866109ba565b5092505091508b8113610856578498505050505050505050610862565b509293505b505061077c565b949350505050565b5f808373ffffffffffffffffffffffffffffffffffffffff16632d731e406108918561093a565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815263ffffffff91909116600482015260240160e060405180830381865afa1580156108e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061090d9190610e84565b60a00151600481111561092257610922610e15565b14159392505050565b5f82821882841002821861022e565b5f63ffffffff821115610983576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260206004820152602481018390526044016103e5565b5090565b5f5f61099284610a84565b90506109b26109a084610be9565b80156109ad575084828302105b151590565b019392505050565b5f5f5f5f5f632d731e4060e01b90505f5f60405183815288600482015260e0816024838d5afa925060e03d14915081831615610a1b5763ffffffff815116975063ffffffff60208201511696506040810151600b0b955060c0810151151594505b82610a28573d5f823e3d81fd5b5080610a78576040517fafea034e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8a1660048201526024016103e5565b50505092959194509250565b5f60018211610a91575090565b8160017001000000000000000000000000000000008210610ab75760809190911c9060401b5b680100000000000000008210610ad25760409190911c9060201b5b6401000000008210610ae95760209190911c9060101b5b620100008210610afe5760109190911c9060081b5b6101008210610b125760089190911c9060041b5b60108210610b255760049190911c9060021b5b60048210610b315760011b5b600302600190811c90818581610b4957610b49610d8e565b048201901c90506001818581610b6157610b61610d8e565b048201901c90506001818581610b7957610b79610d8e565b048201901c90506001818581610b9157610b91610d8e565b048201901c90506001818581610ba957610ba9610d8e565b048201901c90506001818581610bc157610bc1610d8e565b048201901c9050610be0818581610bda57610bda610d8e565b04821190565b90039392505050565b5f6002826003811115610bfe57610bfe610e15565b610c089190610f59565b60ff166001149050919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c38575f5ffd5b919050565b63ffffffff811681146103ee575f5ffd5b5f5f5f5f5f60a08688031215610c62575f5ffd5b610c6b86610c15565b9450602086013593506040860135610c8281610c3d565b94979396509394606081013594506080013592915050565b5f60208284031215610caa575f5ffd5b61022e82610c15565b8051610c3881610c3d565b5f5f5f60608486031215610cd0575f5ffd5b8351610cdb81610c3d565b6020850151909350610cec81610c3d565b80925050604084015190509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181035f831280158383131683831282161715610d4a57610d4a610cfe565b5092915050565b80820281158282048414176104c6576104c6610cfe565b818103818111156104c6576104c6610cfe565b808201808211156104c6576104c6610cfe565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82610dc957610dc9610d8e565b500490565b5f82610ddc57610ddc610d8e565b500690565b5f81610def57610def610cfe565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8051600b81900b8114610c38575f5ffd5b805164ffffffffff81168114610c38575f5ffd5b805160058110610c38575f5ffd5b80518015158114610c38575f5ffd5b5f60e0828403128015610e95575f5ffd5b5060405160e0810167ffffffffffffffff81118282101715610ede577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604052610eea83610cb3565b8152610ef860208401610cb3565b6020820152610f0960408401610e42565b6040820152610f1a60608401610e53565b6060820152610f2b60808401610cb3565b6080820152610f3c60a08401610e67565b60a0820152610f4d60c08401610e75565b60c08201529392505050565b5f60ff831680610f6b57610f6b610d8e565b8060ff8416069150509291505056fea164736f6c634300081c000a' as const;

/** ABI of `MutualPool` (src/MutualPool.sol). */
export const mutualPoolAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "epochLength_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "waitingPeriod_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimumBalance_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "exitNotice_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deployer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "CLAIMS_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "CREDITOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "GOVERNOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_EXIT_NOTICE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_PAYMENTS_PER_SETTLEMENT",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_WAITING_PERIOD",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "activeMembers",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimPayout",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "commitmentUsed",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "coverageStartOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "creditMembers",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "refId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "currentEpoch",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochLength",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochRecord",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct EpochRecord",
        "components": [
          {
            "name": "indexAfter",
            "type": "int256",
            "internalType": "int256"
          },
          {
            "name": "members",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "share",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "settled",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "exitNotice",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "expel",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "findInsertPosition",
    "inputs": [
      {
        "name": "key",
        "type": "int256",
        "internalType": "int256"
      },
      {
        "name": "hint",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "genesis",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "inRunOff",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "index",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "int256",
        "internalType": "int256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isCovered",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "diagnosedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "join",
    "inputs": [
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deposit",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "positionHint",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "joinWithPermit",
    "inputs": [
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deposit",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "positionHint",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "lapsesPending",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "maxChargeBeforeExit",
    "inputs": [
      {
        "name": "who",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "memberFunds",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "memberIdOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "memberId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "memberRecord",
    "inputs": [
      {
        "name": "memberId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Member",
        "components": [
          {
            "name": "prev",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "next",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "key",
            "type": "int96",
            "internalType": "int96"
          },
          {
            "name": "coverageStart",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "exitEpoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum MemberStatus"
          },
          {
            "name": "linked",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minimumBalance",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nextEpochToSettle",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "payment",
    "inputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Payment",
        "components": [
          {
            "name": "claimId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "remaining",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "epoch",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "paymentQueue",
    "inputs": [],
    "outputs": [
      {
        "name": "head",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "tail",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "processLapses",
    "inputs": [
      {
        "name": "maxSteps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "pending",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "queuePayment",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "queuedPayments",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestExit",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reserve",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "runOffStartedAt",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setExitNotice",
    "inputs": [
      {
        "name": "exitNotice_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMinimumBalance",
    "inputs": [
      {
        "name": "minimumBalance_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setWaitingPeriod",
    "inputs": [
      {
        "name": "waitingPeriod_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "settleEpoch",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "sortedMembers",
    "inputs": [],
    "outputs": [
      {
        "name": "head",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "tail",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "size",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "startRunOff",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "statusOf",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum MemberView"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "topUp",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "positionHint",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unclaimedPayoutOf",
    "inputs": [
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unclaimedPayouts",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "waitingPeriod",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "EpochSettled",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "members",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "share",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "collected",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reserveAdded",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "carriedOver",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "exitsFinalised",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "LapsesProcessed",
    "inputs": [
      {
        "name": "steps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "lapsed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "pending",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberExitRequested",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "exitEpoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "expelled",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberJoined",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "memberId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "deposit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "key",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "coverageStart",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberLapsed",
    "inputs": [
      {
        "name": "memberId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberToppedUp",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "key",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      },
      {
        "name": "rejoined",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "coverageStart",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MemberWithdrew",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MembersCredited",
    "inputs": [
      {
        "name": "source",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "refId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "perMember",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "members",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reserveAdded",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "int256",
        "indexed": false,
        "internalType": "int256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParameterChanged",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "oldValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PaymentMade",
    "inputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "recipient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remaining",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "transferred",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PaymentQueued",
    "inputs": [
      {
        "name": "paymentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "recipient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "epoch",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PayoutClaimed",
    "inputs": [
      {
        "name": "recipient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RunOffStarted",
    "inputs": [
      {
        "name": "startedAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolAlreadyMember",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolBelowMinimumBalance",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolCommitmentUsed",
    "inputs": [
      {
        "name": "identityCommitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolCommitmentZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolEpochNotEnded",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "endsAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolExitNotSettled",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "exitEpoch",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "nextEpochToSettle",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolGovernanceDelayTooShort",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolInRunOff",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolInvalidParameter",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolLapsesPending",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolNotMember",
    "inputs": [
      {
        "name": "member",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum MemberView"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolNothingToClaim",
    "inputs": [
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolPaymentTooLarge",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolTransferAmountMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PoolZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedIntDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "int256",
        "internalType": "int256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedIntToUint",
    "inputs": [
      {
        "name": "value",
        "type": "int256",
        "internalType": "int256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintToInt",
    "inputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SortedMembersHintTooFar",
    "inputs": [
      {
        "name": "hint",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "key",
        "type": "int256",
        "internalType": "int256"
      }
    ]
  }
] as const;

/** Creation bytecode of `MutualPool`. */
export const mutualPoolBytecode = '0x60e060405234801561000f575f5ffd5b50604051615a15380380615a1583398101604081905261002e9161033a565b6001600160a01b038716158061004b57506001600160a01b038216155b15610069576040516321cb944560e11b815260040160405180910390fd5b85158061007957506301e1338086115b156100b3576040516324ff18a760e01b81526a0cae0dec6d098cadccee8d60ab1b6004820152602481018790526044015b60405180910390fd5b6001600160a01b03871660805260a08690524260c0526100d285610141565b6100db846101a4565b6100e483610224565b6100ee5f8361027a565b506101197f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f558361027a565b506001600160a01b03811615610135576101335f8261027a565b505b505050505050506103ab565b6303c2670081111561017f576040516324ff18a760e01b81526c1dd85a5d1a5b99d4195c9a5bd9609a1b6004820152602481018290526044016100aa565b6001805463ffffffff909216600160e01b026001600160e01b03909216919091179055565b8015806101b757506001600160581b0381115b156101ef576040516324ff18a760e01b81526d6d696e696d756d42616c616e636560901b6004820152602481018290526044016100aa565b600180546001600160581b039092166c0100000000000000000000000002600160601b600160b81b0319909216919091179055565b6276a70081111561025e576040516324ff18a760e01b815269657869744e6f7469636560b01b6004820152602481018290526044016100aa565b6003805463ffffffff191663ffffffff92909216919091179055565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661031a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102d23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161031d565b505f5b92915050565b6001600160a01b0381168114610337575f5ffd5b50565b5f5f5f5f5f5f5f60e0888a031215610350575f5ffd5b875161035b81610323565b602089015160408a015160608b015160808c015160a08d0151949b509299509097509550935061038a81610323565b60c089015190925061039b81610323565b8091505092959891949750929550565b60805160a05160c0516155e56104305f395f818161099b01528181611d8b015261342d01525f81816105db01528181611d51015281816132080152818161325c015261340901525f8181610b4b015281816116f3015281816118b0015281816128230152818161359f01528181613639015281816136a801526147cc01526155e55ff3fe608060405234801561000f575f5ffd5b5060043610610388575f3560e01c806376671808116101df578063b9d1d49b11610109578063dbb7c64e116100a9578063f30891d911610079578063f30891d914610b04578063f3648ae614610b2b578063fa9f46e214610b3e578063fc0c546a14610b46575f5ffd5b8063dbb7c64e14610ac7578063dcd22a0014610ada578063e7e2d10f14610aed578063eb23a4a514610af6575f5ffd5b8063ccc57490116100e4578063ccc5749014610a7c578063cd3293de14610aa3578063d547741f14610aac578063d7f56c2514610abf575f5ffd5b8063b9d1d49b14610a12578063ba33e9d114610a37578063c6992b2a14610a40575f5ffd5b806397a5d5b51161017f578063a7f0b3de1161014f578063a7f0b3de14610996578063a8174ff5146109bd578063b31deaf1146109e3578063b6b385f714610a0a575f5ffd5b806397a5d5b5146109535780639ab6e297146109735780639f2746781461097c578063a217fddf1461098f575f5ffd5b806389a5d38e116101ba57806389a5d38e146106e65780638b22faa3146106f95780638b3c99e3146107ff57806391d1485414610910575f5ffd5b806376671808146106c35780637aa5230e146106cb5780637f8e3b4e146106de575f5ffd5b80633446e4b4116102c0578063544882df116102605780636964c282116102305780636964c2821461064a57806370a082311461065d5780637239a2911461067057806374272d10146106b0575f5ffd5b8063544882df146105ce57806357d775f8146105d65780635f402cd7146105fd57806363a30b7214610625575f5ffd5b80633958de761161029b5780633958de761461056e5780633a2ef9df146105815780633bf02537146105af5780633ccfd60b146105c6575f5ffd5b80633446e4b41461053557806336568abe1461054857806338ac09ed1461055b575f5ffd5b80631ed0cacb1161032b5780632986c0e5116103065780632986c0e5146104eb5780632d731e40146104f65780632f2ff15d14610516578063336162031461052b575f5ffd5b80631ed0cacb146104a257806323579f00146104c1578063248a9ca3146104c9575f5ffd5b80631462eca6116103665780631462eca6146103fb578063156428ba14610406578063196d78f2146104285780631e3f71a71461048f575f5ffd5b806301ffc9a71461038c57806309eeefc8146103b45780631084e76d146103c7575b5f5ffd5b61039f61039a366004614faa565b610b92565b60405190151581526020015b60405180910390f35b61039f6103c2366004614fe9565b610c2a565b6001547801000000000000000000000000000000000000000000000000900463ffffffff165b6040519081526020016103ab565b6103ed6303c2670081565b61039f610414366004614fe9565b60066020525f908152604090205460ff1681565b6103ed610436366004615023565b73ffffffffffffffffffffffffffffffffffffffff165f9081526005602090815260408083205463ffffffff168352600490915290205474010000000000000000000000000000000000000000900464ffffffffff1690565b61039f61049d36600461503c565b610e45565b6103ed6104b0366004615023565b60106020525f908152604090205481565b61039f610f16565b6103ed6104d7366004614fe9565b5f9081526020819052604090206001015490565b600154600b0b6103ed565b610509610504366004615077565b610f24565b6040516103ab91906150d1565b61052961052436600461514d565b61105f565b005b6103ed6276a70081565b610529610543366004614fe9565b611089565b61052961055636600461514d565b61111a565b6103ed610569366004615023565b611178565b61052961057c36600461516e565b6112b6565b6001547c0100000000000000000000000000000000000000000000000000000000900463ffffffff166103ed565b600354640100000000900464ffffffffff166103ed565b6103ed6114c9565b6103ed604081565b6103ed7f000000000000000000000000000000000000000000000000000000000000000081565b61061061060b366004615197565b61175d565b60405163ffffffff90911681526020016103ab565b610610610633366004615023565b60056020525f908152604090205463ffffffff1681565b610529610658366004614fe9565b61177d565b6103ed61066b366004615023565b61180f565b600b54604080516fffffffffffffffffffffffffffffffff80841682527001000000000000000000000000000000009093049092166020830152016103ab565b6105296106be3660046151b8565b61184f565b6103ed611934565b6103ed6106d936600461521e565b61193e565b610529611c06565b6105296106f4366004615251565b611c76565b6107ae610707366004614fe9565b604080516080810182525f808252602082018190529181018290526060810191909152505f9081526008602090815260409182902082516080810184528154815260019091015467ffffffffffffffff8116928201929092526801000000000000000082046fffffffffffffffffffffffffffffffff16928101929092527801000000000000000000000000000000000000000000000000900460ff161515606082015290565b6040516103ab91908151815260208083015167ffffffffffffffff16908201526040808301516fffffffffffffffffffffffffffffffff169082015260609182015115159181019190915260800190565b6108b361080d366004614fe9565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600a6020908152604091829020825160808101845281548152600182015473ffffffffffffffffffffffffffffffffffffffff811693820193909352740100000000000000000000000000000000000000009092046bffffffffffffffffffffffff169282019290925260029091015463ffffffff16606082015290565b6040516103ab91908151815260208083015173ffffffffffffffffffffffffffffffffffffffff16908201526040808301516bffffffffffffffffffffffff169082015260609182015163ffffffff169181019190915260800190565b61039f61091e36600461514d565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b610966610961366004615023565b611c91565b6040516103ab9190615293565b6103ed600f5481565b61052961098a366004614fe9565b611cd1565b6103ed5f81565b6103ed7f000000000000000000000000000000000000000000000000000000000000000081565b60015477010000000000000000000000000000000000000000000000900460ff1661039f565b6103ed7fbe74a168a238bf2df7daa27dd5487ac84cb89ae44fd7e7d1e4b6397bfe51dcb881565b610529611d43565b6001546c0100000000000000000000000090046affffffffffffffffffffff166103ed565b6103ed600c5481565b6002546040805163ffffffff808416825264010000000084048116602083015268010000000000000000909304909216908201526060016103ab565b6103ed7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6103ed600d5481565b610529610aba36600461514d565b61211e565b610529612142565b610529610ad5366004615023565b612208565b610529610ae8366004615197565b6122ae565b6103ed60075481565b60035463ffffffff166103ed565b6103ed7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e925629281565b6103ed610b39366004615023565b61273e565b6103ed61289f565b610b6d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016103ab565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610c2457507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f610c33612996565b6040805160a081018252600154600b81900b8083526affffffffffffffffffffff6c010000000000000000000000008304166020840181905260ff7701000000000000000000000000000000000000000000000084041615159484019490945263ffffffff78010000000000000000000000000000000000000000000000008304811660608501527c0100000000000000000000000000000000000000000000000000000000909204909116608083015290915f91610cf291906152ce565b6007549091505f805b86821015610de65760025463ffffffff165f819003610d1a5750610de6565b63ffffffff81165f90815260046020526040902060028154600160e81b900460ff166004811115610d4d57610d4d615090565b148015610d7d57508054790100000000000000000000000000000000000000000000000000900463ffffffff1685115b15610d9457610d8f6002600484612a1c565b610dd4565b8054680100000000000000009004600b0b861315610dcd57610dbd8282895f0151600b0b612bad565b610dc6836152f5565b9250610dd4565b5050610de6565b610ddd846152f5565b93505050610cfb565b610dee612e4a565b60408051848152602081018490528215158183015290519197507fc7a5314106ecc7a8c0041e31acc3090f5dafdd7a604ab60b227e60cef0073b36919081900360600190a15050505050610e40612fae565b919050565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526005602090815260408083205463ffffffff1683526004909152812060018154600160e81b900460ff166004811115610e9b57610e9b615090565b148015610ec85750805474010000000000000000000000000000000000000000900464ffffffffff168310155b8015610f0e575060015481546c010000000000000000000000009091046affffffffffffffffffffff1690610f0b90680100000000000000009004600b0b612fd8565b10155b949350505050565b5f610f1f612e4a565b905090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915263ffffffff8281165f90815260046020818152604092839020835160e081018552815480871682526401000000008104871693820193909352680100000000000000008304600b0b9481019490945274010000000000000000000000000000000000000000820464ffffffffff1660608501527901000000000000000000000000000000000000000000000000008204909416608084015291929160a0840191600160e81b90910460ff169081111561101757611017615090565b600481111561102857611028615090565b815290547e01000000000000000000000000000000000000000000000000000000000000900460ff16151560209091015292915050565b5f8281526020819052604090206001015461107981613000565b611083838361300d565b50505050565b611091613106565b6001546c0100000000000000000000000090046affffffffffffffffffffff166110ba82613288565b60408051828152602081018490527f6d696e696d756d42616c616e6365000000000000000000000000000000000000917fce249fa99ad401266b8ad33f2f542b9a99ff1fda278b1588f7090f55c627e73a91015b60405180910390a25050565b73ffffffffffffffffffffffffffffffffffffffff81163314611169576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611173828261334d565b505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526005602090815260408083205463ffffffff168352600490915281208054600160e81b900460ff168260018260048111156111d0576111d0615090565b036111f8576003546111f1906111ec9063ffffffff164261532c565b613406565b9050611246565b600282600481111561120c5761120c615090565b0361123c57508154790100000000000000000000000000000000000000000000000000900463ffffffff16611246565b505f949350505050565b6007548082101561125c57505f95945050505050565b6112ac6112688561345c565b6001546c0100000000000000000000000090046affffffffffffffffffffff16611292848661533f565b61129d90600161532c565b6112a79190615352565b613560565b9695505050505050565b7fbe74a168a238bf2df7daa27dd5487ac84cb89ae44fd7e7d1e4b6397bfe51dcb86112e081613000565b6112e8612996565b835f03611321576040517f0d23170500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61132b338561356f565b6040805160a081018252600154600b81900b8083526affffffffffffffffffffff6c01000000000000000000000000830416602084015260ff7701000000000000000000000000000000000000000000000083041615159383019390935263ffffffff780100000000000000000000000000000000000000000000000082048116606084018190527c010000000000000000000000000000000000000000000000000000000090920416608083015290915f9087908315611451576113f08985613760565b90935091506113fe8361378b565b6114089082615369565b9050611413816137ed565b600180547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff929092169190911790555b81600d5f828254611462919061532c565b9091555050604080518a81526020810185905290810185905260608101839052608081018290528790899033907f6de8cbe76995e0a38a6750c324ba7e419be5322e262872a23c26b596d1b5e6ec9060a00160405180910390a45050505050611083612fae565b5f6114d2612996565b335f9081526005602090815260408083205463ffffffff1680845260049092529091208054600160e81b900460ff16600381600481111561151557611515615090565b03611532578154680100000000000000009004600b0b9350611677565b600281600481111561154657611546615090565b0361163957815460075479010000000000000000000000000000000000000000000000000090910463ffffffff169081106115c6576007546040517f61db661f0000000000000000000000000000000000000000000000000000000081523360048201526024810183905260448101919091526064015b60405180910390fd5b5f8181526008602052604090205483546115f7916115f291680100000000000000009004600b0b615369565b613835565b83549095507e01000000000000000000000000000000000000000000000000000000000000900460ff1615611633576116336002600486612a1c565b50611677565b3361164383613873565b6040517facca64a30000000000000000000000000000000000000000000000000000000081526004016115bd929190615388565b83600e5f828254611688919061533f565b909155505081547fffff00ffffffffffffffffff000000000000000000000000ffffffffffffffff167d040000000000000000000000000000000000000000000000000000000000178255831561171a5761171a73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163386613938565b60405184815233907fb85082e7934143118a16165ae5c6d79fd103e71591499bce8568c0919ab8e3219060200160405180910390a250505061175a612fae565b90565b5f611776600461176c856137ed565b60029190856139b9565b9392505050565b611785613106565b6001547c0100000000000000000000000000000000000000000000000000000000900463ffffffff166117b782613be3565b60408051828152602081018490527f77616974696e67506572696f6400000000000000000000000000000000000000917fce249fa99ad401266b8ad33f2f542b9a99ff1fda278b1588f7090f55c627e73a910161110e565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526005602090815260408083205463ffffffff16835260049091528120610c249061345c565b611857612996565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810185905260ff8416608482015260a4810183905260c481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d505accf9060e4015f604051808303815f87803b158015611906575f5ffd5b505af1925050508015611917575060015b50611923878787613c9d565b61192b612fae565b50505050505050565b5f610f1f42613406565b5f7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e925629261196981613000565b73ffffffffffffffffffffffffffffffffffffffff84166119b6576040517f4397288a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b825f036119ef576040517f0d23170500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6bffffffffffffffffffffffff831115611a38576040517f28ffe670000000000000000000000000000000000000000000000000000000008152600481018490526024016115bd565b5f611a41611934565b9050600b60109054906101000a90046fffffffffffffffffffffffffffffffff166fffffffffffffffffffffffffffffffff16925060405180608001604052808781526020018673ffffffffffffffffffffffffffffffffffffffff168152602001856bffffffffffffffffffffffff168152602001611ac0836140ff565b63ffffffff9081169091525f858152600a60209081526040918290208451815590840151918401516bffffffffffffffffffffffff16740100000000000000000000000000000000000000000273ffffffffffffffffffffffffffffffffffffffff90921691909117600180830191909155606090930151600290910180549190921663ffffffff19909116179055611b5a90849061532c565b600b60106101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555083600c5f828254611ba3919061532c565b9091555050604080518581526020810183905273ffffffffffffffffffffffffffffffffffffffff871691889186917f982fbc63cb6cf2db4cf2c89678eb349651ed0854008962a8a96727f45ebd57f0910160405180910390a450509392505050565b611c0e612996565b335f9081526005602090815260408083205463ffffffff16808452600490925290912060018154600160e81b900460ff166004811115611c5057611c50615090565b14611c5f573361164382613873565b611c6a33825f614148565b5050611c74612fae565b565b611c7e612996565b611c89838383613c9d565b611173612fae565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526005602090815260408083205463ffffffff16835260049091528120610c2490613873565b611cd9613106565b60035463ffffffff16611ceb82614316565b60408051828152602081018490527f657869744e6f7469636500000000000000000000000000000000000000000000917fce249fa99ad401266b8ad33f2f542b9a99ff1fda278b1588f7090f55c627e73a910161110e565b611d4b612996565b6007545f7f0000000000000000000000000000000000000000000000000000000000000000611d7b83600161532c565b611d859190615352565b611daf907f000000000000000000000000000000000000000000000000000000000000000061532c565b905080421015611df5576040517f31ce5e8000000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016115bd565b611dfd612e4a565b15611e34576040517f0fd3313f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040805160a081018252600154600b81900b82526affffffffffffffffffffff6c010000000000000000000000008204166020830181905260ff7701000000000000000000000000000000000000000000000083041615159383019390935263ffffffff780100000000000000000000000000000000000000000000000082048116606084018190527c010000000000000000000000000000000000000000000000000000000090920416608083015290915f90819081908190611f03908990611efe9088615352565b614398565b895193975091955093509150600b0b5f808315611f9557611f2484896145eb565b9092509050611f3382846152ce565b9250611f3e836137ed565b600180547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff92909216919091179055600d80548291905f90611f8f90849061532c565b90915550505b5f611fa08c8561460e565b905060405180608001604052808581526020018a67ffffffffffffffff168152602001846fffffffffffffffffffffffffffffffff1681526020016001151581525060085f8e81526020019081526020015f205f820151815f01556020820151816001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060408201518160010160086101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555060608201518160010160186101000a81548160ff0219169083151502179055509050508b6001612098919061532c565b600755600c54604080518b815260208101869052908101879052606081018490526080810186905260a081019190915260c081018290528c907ff244372954dac36216bdd8dcafb9a7488a598d235a7e8dbe37063cda8fb62b2d9060e00160405180910390a261210a8c898989614749565b505050505050505050505050611c74612fae565b5f8281526020819052604090206001015461213881613000565b611083838361334d565b61214a613106565b600180547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770100000000000000000000000000000000000000000000001790556003805464ffffffffff42908116640100000000027fffffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffff909216919091179091556040517f5e01bf27d6b2c1548eb51d68208bebee3c47f704ebb62e1c2221b694d392d08a916121fe9190815260200190565b60405180910390a1565b7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e925629261223281613000565b61223a612996565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526005602090815260408083205463ffffffff1683526004909152902060018154600160e81b900460ff16600481111561229057612290615090565b036122a1576122a183826001614148565b506122aa612fae565b5050565b6122b6612996565b815f036122ef576040517f0d23170500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526005602090815260408083205463ffffffff908116808552600484528285208054845160a08101865260018054600b81900b83526c0100000000000000000000000081046affffffffffffffffffffff169883019890985260ff770100000000000000000000000000000000000000000000008904811615159783019790975278010000000000000000000000000000000000000000000000008804861660608301527c0100000000000000000000000000000000000000000000000000000000909704909416608085015291959094600160e81b909204909316929081908460048111156123e5576123e5615090565b036124d7578454835168010000000000000000909104600b90810b918a91612412916115f2910b84615369565b61241c919061532c565b925061242b6002600489612a1c565b5f61244b6124388b61378b565b83600b0b61244691906152ce565b6137ed565b905061245c600260048a848d614933565b81600b0b81600b0b61246e91906153b2565b600280546010906124979084907001000000000000000000000000000000009004600f0b615400565b92506101000a8154816fffffffffffffffffffffffffffffffff0219169083600f0b6fffffffffffffffffffffffffffffffff16021790555050506126a4565b60038460048111156124eb576124eb615090565b0361269a5782604001511561252c576040517f7406706900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8454680100000000000000009004600b0b612547898261532c565b925083602001516affffffffffffffffffffff168310156125b65760208401516040517f8a0c77dd000000000000000000000000000000000000000000000000000000008152336004820152602481018590526affffffffffffffffffffff90911660448201526064016115bd565b80600e5f8282546125c7919061533f565b909155505085547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e81b178655608084015161260d9063ffffffff164261532c565b865464ffffffffff9190911674010000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff90911617865583515f9061267590600b0b61266b8661378b565b61244691906152ce565b9050612686600260048a848d614933565b61268f81614b7a565b6001925050506126a4565b3361164386613873565b6126ae338961356f565b8454604080518a815260208101859052680100000000000000008304600b0b9181019190915282151560608201527401000000000000000000000000000000000000000090910464ffffffffff16608082015233907f1193388fbc8e1c2e20a4b17559301a99e07d5fb534f45afdf7f36e1e82a748329060a00160405180910390a25050505050506122aa612fae565b5f612747612996565b73ffffffffffffffffffffffffffffffffffffffff8216612794576040517f4397288a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f90815260106020526040812054908190036127e0576040517f9b8c51050000000000000000000000000000000000000000000000000000000081523360048201526024016115bd565b335f908152601060205260408120819055600f805483929061280390849061533f565b9091555061284a905073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168383613938565b60405181815273ffffffffffffffffffffffffffffffffffffffff83169033907f16b63aea592f9ff2536669385de33b0f5bdf01b81d2602c102556e57e5374ac79060200160405180910390a3610e40612fae565b6040805160a081018252600154600b81900b8083526affffffffffffffffffffff6c01000000000000000000000000830416602084015260ff7701000000000000000000000000000000000000000000000083041615159383019390935263ffffffff780100000000000000000000000000000000000000000000000082048116606084018190527c0100000000000000000000000000000000000000000000000000000000909204166080830152600e545f939091612986916129629161544e565b6002546115f291907001000000000000000000000000000000009004600f0b615369565b612990919061532c565b91505090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156129ef576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c7460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614c2d565b63ffffffff8082165f90815260208490526040812080549092818116926401000000009092041690829003612a6357855463ffffffff191663ffffffff8216178655612aaf565b63ffffffff8083165f9081526020879052604090208054918316640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff9092169190911790555b8063ffffffff165f03612af65785547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff1664010000000063ffffffff841602178655612b1e565b63ffffffff8181165f908152602087905260409020805463ffffffff19169184169190911790555b505080547fff00ffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055505080547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff811663ffffffff680100000000000000009283900481167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0116909102179055565b8154680100000000000000009004600b0b5f612bcc6115f28484615369565b9050612bdb6002600487612a1c565b600180548190601890612c119083907801000000000000000000000000000000000000000000000000900463ffffffff16615499565b92506101000a81548163ffffffff021916908363ffffffff16021790555081600b0b60025f0160108282829054906101000a9004600f0b612c5291906153b2565b92506101000a8154816fffffffffffffffffffffffffffffffff0219169083600f0b6fffffffffffffffffffffffffffffffff16021790555060026004811115612c9e57612c9e615090565b8454600160e81b900460ff166004811115612cbb57612cbb615090565b03612d8657835463ffffffff79010000000000000000000000000000000000000000000000000090910481165f9081526009602052604081208054909260019284929091612d0b91859116615499565b92506101000a81548163ffffffff021916908363ffffffff16021790555082600b0b815f0160048282829054906101000a9004600f0b612d4b91906153b2565b92506101000a8154816fffffffffffffffffffffffffffffffff0219169083600f0b6fffffffffffffffffffffffffffffffff160217905550505b83546bffffffffffffffffffffffff821668010000000000000000027fffff00ffffffffffffffffff000000000000000000000000ffffffffffffffff909116177d030000000000000000000000000000000000000000000000000000000000178455600e80548291905f90612dfd90849061532c565b9091555050604080518281526020810185905263ffffffff8716917f968767b4a3c1fcdc28e456de9aa3a4cae340dc8730f08a40a3464d20dbdf51e3910160405180910390a25050505050565b6002545f9063ffffffff16808203612e63575f91505090565b63ffffffff81165f90815260046020526040902060028154600160e81b900460ff166004811115612e9657612e96615090565b148015612ec857506007548154790100000000000000000000000000000000000000000000000000900463ffffffff16105b15612ed65760019250505090565b6040805160a081018252600154600b81900b8083526affffffffffffffffffffff6c010000000000000000000000008304166020840181905260ff7701000000000000000000000000000000000000000000000084041615159484019490945263ffffffff78010000000000000000000000000000000000000000000000008304811660608501527c010000000000000000000000000000000000000000000000000000000090920490911660808301529091612f92916152ce565b9154680100000000000000009004600b0b919091129392505050565b611c745f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612a16565b6001545f908190612ff190600b90810b9085900b615369565b90505f8113610c24575f611776565b61300a8133614c34565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166130ff575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561309d3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610c24565b505f610c24565b61312f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55613000565b60408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167ff27a0c920000000000000000000000000000000000000000000000000000000017905290515f9182918291339161319991906154b5565b5f60405180830381855afa9150503d805f81146131d1576040519150601f19603f3d011682016040523d82523d5f602084013e6131d6565b606091505b50915091508180156131ea57506020815110155b15613206578080602001905181019061320391906154cb565b92505b7f00000000000000000000000000000000000000000000000000000000000000008311611173576040517f3799fb8e000000000000000000000000000000000000000000000000000000008152600481018490527f000000000000000000000000000000000000000000000000000000000000000060248201526044016115bd565b80158061329f57506affffffffffffffffffffff81115b156132ff576040517f24ff18a70000000000000000000000000000000000000000000000000000000081527f6d696e696d756d42616c616e63650000000000000000000000000000000000006004820152602481018290526044016115bd565b600180546affffffffffffffffffffff9092166c01000000000000000000000000027fffffffffffffffffff0000000000000000000000ffffffffffffffffffffffff909216919091179055565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156130ff575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610c24565b5f7f00000000000000000000000000000000000000000000000000000000000000006134527f00000000000000000000000000000000000000000000000000000000000000008461533f565b610c24919061550f565b80545f90600160e81b900460ff16600181600481111561347e5761347e615090565b0361349d57825461177690680100000000000000009004600b0b612fd8565b60038160048111156134b1576134b1615090565b036134cb57505054680100000000000000009004600b0b90565b60028160048111156134df576134df615090565b0361355857825460075479010000000000000000000000000000000000000000000000000090910463ffffffff169081101561353e575f818152600860205260409020548454610f0e9190680100000000000000009004600b0b615369565b8354610f0e90680100000000000000009004600b0b612fd8565b505f92915050565b5f828218828410028218611776565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa1580156135f9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061361d91906154cb565b905061366173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016843085614cb9565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa1580156136ed573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061371191906154cb565b61371b919061533f565b9050828114611083576040517fe42c047b00000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016115bd565b5f8061376c838561550f565b91506137788383615352565b613782908561533f565b90509250929050565b5f7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8211156137e9576040517f24775e06000000000000000000000000000000000000000000000000000000008152600481018390526024016115bd565b5090565b80600b81900b8114610e40576040517f327269a700000000000000000000000000000000000000000000000000000000815260606004820152602481018390526044016115bd565b5f5f8212156137e9576040517fa8ce4432000000000000000000000000000000000000000000000000000000008152600481018390526024016115bd565b80545f90600160e81b900460ff16600181600481111561389557613895615090565b036138d257825474010000000000000000000000000000000000000000900464ffffffffff164210156138c9576001611776565b60029392505050565b60028160048111156138e6576138e6615090565b036138f45750600392915050565b600381600481111561390857613908615090565b036139165750600492915050565b600481600481111561392a5761392a615090565b036135585750600592915050565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261117391859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050614cff565b5f63ffffffff8216158015906139d657506139d685858585614d9e565b156139e2575080610f0e565b8454640100000000900463ffffffff16801580613a26575063ffffffff81165f90815260208690526040902054600b85810b68010000000000000000909204900b13155b15613a32579050610f0e565b5f63ffffffff841615801590613a7e575063ffffffff84165f908152602087905260409020547e01000000000000000000000000000000000000000000000000000000000000900460ff165b613a8f57865463ffffffff16613a91565b835b63ffffffff81165f90815260208890526040902054909150600b86810b68010000000000000000909204900b1315613b39575f5b6040811015613b335763ffffffff8083165f9081526020899052604090205416801580613b19575063ffffffff81165f90815260208990526040902054600b88810b68010000000000000000909204900b13155b15613b29579350610f0e92505050565b9150600101613ac5565b50613b9f565b5f5b6040811015613b9d5763ffffffff8083165f9081526020899052604080822054640100000000900490921680825291902054600b88810b68010000000000000000909204900b1315613b935782945050505050610f0e565b9150600101613b3b565b505b6040517fc068698200000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152600b86900b60248201526044016115bd565b6303c26700811115613c4a576040517f24ff18a70000000000000000000000000000000000000000000000000000000081527f77616974696e67506572696f64000000000000000000000000000000000000006004820152602481018290526044016115bd565b6001805463ffffffff9092167c0100000000000000000000000000000000000000000000000000000000027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff909216919091179055565b6040805160a081018252600154600b81900b82526affffffffffffffffffffff6c01000000000000000000000000820416602083015260ff770100000000000000000000000000000000000000000000008204161580159383019390935263ffffffff78010000000000000000000000000000000000000000000000008204811660608401527c010000000000000000000000000000000000000000000000000000000090910416608082015290613d81576040517f7406706900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83613db8576040517f54875a4a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481526006602052604090205460ff1615613e03576040517f2eced556000000000000000000000000000000000000000000000000000000008152600481018590526024016115bd565b335f9081526005602052604081205463ffffffff1690819003613e835760028054600c90613e46906c01000000000000000000000000900463ffffffff16615547565b825463ffffffff8083166101009490940a84810291021990911617909255335f908152600560205260409020805463ffffffff1916909117905590505b63ffffffff81165f90815260046020526040812080549091600160e81b90910460ff1690816004811115613eb957613eb9615090565b14158015613ed957506004816004811115613ed657613ed6615090565b14155b15613f12576040517fd1a1fdbf0000000000000000000000000000000000000000000000000000000081523360048201526024016115bd565b83602001516affffffffffffffffffffff16861015613f7f5760208401516040517f8a0c77dd000000000000000000000000000000000000000000000000000000008152336004820152602481018890526affffffffffffffffffffff90911660448201526064016115bd565b5f87815260066020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790558451613fc790600b0b61266b8961378b565b90505f856080015163ffffffff1642613fe0919061532c565b8454600160e81b7fffff00000000000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffff7401000000000000000000000000000000000000000064ffffffffff851602161717855590506140616002600487858b614933565b61406a82614b7a565b614074338961356f565b888563ffffffff163373ffffffffffffffffffffffffffffffffffffffff167f3ef1965470c1a5d2f44ad29ec4543b5d2a153d94ecf2de20287ee4d4d64b220e8b868b5f0151876140c3611934565b60408051958652600b94850b60208701529290930b918401919091526060830152608082015260a00160405180910390a4505050505050505050565b5f63ffffffff8211156137e9576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260206004820152602481018390526044016115bd565b6003545f90614161906111ec9063ffffffff164261532c565b83547d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8216178555909150680100000000000000009004600b0b6141c3826140ff565b84547fffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000063ffffffff928316021785555f83815260096020526040812080549092600192849290916142329185911661556b565b92506101000a81548163ffffffff021916908363ffffffff16021790555081600b0b815f0160048282829054906101000a9004600f0b6142729190615400565b92506101000a8154816fffffffffffffffffffffffffffffffff0219169083600f0b6fffffffffffffffffffffffffffffffff1602179055508573ffffffffffffffffffffffffffffffffffffffff167f221f4e36746f4583073ce53b851a01c2a87c8f0981ecd8e99403d4eae0666771846142ed85612fd8565b6040805192835260208301919091528715159082015260600160405180910390a2505050505050565b6276a70081111561437c576040517f24ff18a70000000000000000000000000000000000000000000000000000000081527f657869744e6f74696365000000000000000000000000000000000000000000006004820152602481018290526044016115bd565b6003805463ffffffff191663ffffffff92909216919091179055565b60408051818152610820810182525f916060918291849190602082016108008036833750506040805181815261082081018252929550905060208201610800803683375050600b54919350506fffffffffffffffffffffffffffffffff808216917001000000000000000000000000000000009004165b808210801561441d57508683105b80156144295750604086105b15614589575f828152600a60205260409020600281015463ffffffff168910156144535750614589565b60018101545f9061448e907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff166112a7878c61533f565b9050808260010160148282829054906101000a90046bffffffffffffffffffffffff166144bb9190615587565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555080856144f5919061532c565b94508387898151811061450a5761450a6155ab565b60200260200101818152505080868981518110614529576145296155ab565b602090810291909101015261453d886152f5565b60018301549098507401000000000000000000000000000000000000000090046bffffffffffffffffffffffff1615614577575050614589565b614580846152f5565b9350505061440f565b600b80547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff8416179055600c80548491905f906145d990849061533f565b92505081905550505092959194509250565b5f5f6145f78484614e78565b9150836146048484615352565b613782919061533f565b5f82815260096020908152604080832081518083019092525463ffffffff8116808352640100000000909104600f0b92820192909252901561473b578051600180546018906146809084907801000000000000000000000000000000000000000000000000900463ffffffff16615499565b92506101000a81548163ffffffff021916908363ffffffff160217905550806020015160025f0160108282829054906101000a9004600f0b6146c291906153b2565b92506101000a8154816fffffffffffffffffffffffffffffffff0219169083600f0b6fffffffffffffffffffffffffffffffff16021790555061472583825f015163ffffffff16614713919061544e565b8260200151600f0b6115f29190615369565b600e5f828254614735919061532c565b90915550505b5163ffffffff169392505050565b5f5b8381101561492c575f600a5f858481518110614769576147696155ab565b602002602001015181526020019081526020015f2090505f816001015f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff1690505f8484815181106147ba576147ba6155ab565b602002602001015190505f61481083837f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16614eab9092919063ffffffff16565b9050806148695773ffffffffffffffffffffffffffffffffffffffff83165f908152601060205260408120805484929061484b90849061532c565b9250508190555081600f5f828254614863919061532c565b90915550505b8273ffffffffffffffffffffffffffffffffffffffff16845f0154888781518110614896576148966155ab565b60200260200101517f229f95688a73f2fa7311b072b6c3c4447e3ef874306a4643c2584479ca205432858860010160149054906101000a90046bffffffffffffffffffffffff168e8760405161491594939291909384526bffffffffffffffffffffffff92909216602084015260408301521515606082015260800190565b60405180910390a45050505080600101905061474b565b5050505050565b5f614940868685856139b9565b90505f63ffffffff8216156149735763ffffffff8083165f9081526020889052604090205464010000000090041661497c565b865463ffffffff165b63ffffffff8087165f90815260208990526040812080547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff848616640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006bffffffffffffffffffffffff8c166801000000000000000002167fffffffffffffffffffffffff00000000000000000000000000000000000000009093169290921794881694851791909117167e0100000000000000000000000000000000000000000000000000000000000017815592935003614a7057875463ffffffff191663ffffffff8716178855614abc565b63ffffffff8084165f9081526020899052604090208054918816640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff9092169190911790555b8163ffffffff165f03614b035787547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff1664010000000063ffffffff881602178855614b2b565b63ffffffff8281165f908152602089905260409020805463ffffffff19169188169190911790555b50508554600163ffffffff6801000000000000000080840482169290920116027fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff909116179095555050505050565b600180548190601890614bb09083907801000000000000000000000000000000000000000000000000900463ffffffff1661556b565b92506101000a81548163ffffffff021916908363ffffffff16021790555080600b0b60025f0160108282829054906101000a9004600f0b614bf19190615400565b92506101000a8154816fffffffffffffffffffffffffffffffff0219169083600f0b6fffffffffffffffffffffffffffffffff16021790555050565b80825d5050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166122aa576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016115bd565b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526110839186918216906323b872dd90608401613972565b5f5f60205f8451602086015f885af180614d1e576040513d5f823e3d81fd5b50505f513d91508115614d35578060011415614d4f565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15611083576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016115bd565b5f5f8263ffffffff165f03614dbb5750845463ffffffff16614e36565b63ffffffff83165f90815260208690526040902080547e01000000000000000000000000000000000000000000000000000000000000900460ff161580614e1557508054600b86810b68010000000000000000909204900b135b15614e24575f92505050610f0e565b54640100000000900463ffffffff1690505b63ffffffff811615806112ac575063ffffffff165f9081526020949094525050604090912054600b91820b6801000000000000000090910490910b1215919050565b5f815f03614e8a57614e8a6012614f47565b816001840381614e9c57614e9c6154e2565b04600101831515029392505050565b5f610f0e848573ffffffffffffffffffffffffffffffffffffffff1663a9059cbb8686604051602401614f0092919073ffffffffffffffffffffffffffffffffffffffff929092168252602082015260400190565b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050614f58565b634e487b715f52806020526024601cfd5b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156112ac57508115614f8957806001146112ac565b505050505073ffffffffffffffffffffffffffffffffffffffff163b151590565b5f60208284031215614fba575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611776575f5ffd5b5f60208284031215614ff9575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610e40575f5ffd5b5f60208284031215615033575f5ffd5b61177682615000565b5f5f6040838503121561504d575f5ffd5b61505683615000565b946020939093013593505050565b803563ffffffff81168114610e40575f5ffd5b5f60208284031215615087575f5ffd5b61177682615064565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600581106150cd576150cd615090565b9052565b5f60e08201905063ffffffff835116825263ffffffff60208401511660208301526040830151600b0b604083015264ffffffffff606084015116606083015263ffffffff608084015116608083015260a083015161513260a08401826150bd565b5060c083015161514660c084018215159052565b5092915050565b5f5f6040838503121561515e575f5ffd5b8235915061378260208401615000565b5f5f5f60608486031215615180575f5ffd5b505081359360208301359350604090920135919050565b5f5f604083850312156151a8575f5ffd5b8235915061378260208401615064565b5f5f5f5f5f5f5f60e0888a0312156151ce575f5ffd5b87359650602088013595506151e560408901615064565b945060608801359350608088013560ff81168114615201575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f5f60608486031215615230575f5ffd5b8335925061524060208501615000565b929592945050506040919091013590565b5f5f5f60608486031215615263575f5ffd5b833592506020840135915061527a60408501615064565b90509250925092565b600681106150cd576150cd615090565b60208101610c248284615283565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018281125f8312801582168215821617156152ed576152ed6152a1565b505092915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203615325576153256152a1565b5060010190565b80820180821115610c2457610c246152a1565b81810381811115610c2457610c246152a1565b8082028115828204841417610c2457610c246152a1565b8181035f831280158383131683831282161715615146576151466152a1565b73ffffffffffffffffffffffffffffffffffffffff83168152604081016117766020830184615283565b600f82810b9082900b037fffffffffffffffffffffffffffffffff8000000000000000000000000000000081126f7fffffffffffffffffffffffffffffff82131715610c2457610c246152a1565b600f81810b9083900b016f7fffffffffffffffffffffffffffffff81137fffffffffffffffffffffffffffffffff8000000000000000000000000000000082121715610c2457610c246152a1565b8082025f82127f800000000000000000000000000000000000000000000000000000000000000084141615615485576154856152a1565b8181058314821517610c2457610c246152a1565b63ffffffff8281168282160390811115610c2457610c246152a1565b5f82518060208501845e5f920191825250919050565b5f602082840312156154db575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82615542577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f63ffffffff821663ffffffff8103615562576155626152a1565b60010192915050565b63ffffffff8181168382160190811115610c2457610c246152a1565b6bffffffffffffffffffffffff8281168282160390811115610c2457610c246152a1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `PrevrandaoSource` (src/randomness/PrevrandaoSource.sol). */
export const prevrandaoSourceAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "delay_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "BLOCKHASH_HISTORY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "CONSUMER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "delay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "fulfill",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "header",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "randomness",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "ready",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "expired",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestRandomness",
    "inputs": [],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "targetBlock",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "RandomnessFulfilled",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "commitment",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessDelayInvalid",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessExpired",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "targetBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessHeaderMalformed",
    "inputs": [
      {
        "name": "field",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessHeaderMismatch",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "expected",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "actual",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessNotConsumer",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessNotYetAvailable",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "targetBlock",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "currentBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessUnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `PrevrandaoSource`. */
export const prevrandaoSourceBytecode = '0x60a060405234801561000f575f5ffd5b5060405161106238038061106283398101604081905261002e91610121565b81158061003c575061010082115b1561006157604051630e56702560e21b81526004810183905260240160405180910390fd5b60808290526100705f82610078565b50505061015b565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610118575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100d03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161011b565b505f5b92915050565b5f5f60408385031215610132575f5ffd5b825160208401519092506001600160a01b0381168114610150575f5ffd5b809150509250929050565b608051610ee861017a5f395f818161020101526107640152610ee85ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80634bc02da6116100885780639c3b6d71116100635780639c3b6d7114610266578063a217fddf1461026f578063d547741f14610276578063f8413b0714610289575f5ffd5b80634bc02da6146101d55780636a42b8f8146101fc57806391d1485414610223575f5ffd5b8063248a9ca3116100c3578063248a9ca3146101625780632f2ff15d1461018457806336568abe146101995780633a95d155146101ac575f5ffd5b806301ffc9a7146100e95780630d9577c6146101115780631b1d5b2714610132575b5f5ffd5b6100fc6100f7366004610c9f565b610291565b60405190151581526020015b60405180910390f35b61012461011f366004610cde565b610329565b604051908152602001610108565b610145610140366004610d55565b610585565b604080519315158452911515602084015290820152606001610108565b610124610170366004610d55565b5f9081526020819052604090206001015490565b610197610192366004610d6c565b610634565b005b6101976101a7366004610d6c565b61065e565b6101246101ba366004610d55565b5f9081526001602052604090205467ffffffffffffffff1690565b6101247f9d56108290ea0bc9c5c59c3ad357dca9d1b29ed7f3ae1443bef2fa2159bdf5e881565b6101247f000000000000000000000000000000000000000000000000000000000000000081565b6100fc610231366004610d6c565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61012461010081565b6101245f81565b610197610284366004610d6c565b6106bc565b6101246106e0565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061032357507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f838152600160205260408120805467ffffffffffffffff16808303610383576040517ffcd62b04000000000000000000000000000000000000000000000000000000008152600481018790526024015b60405180910390fd5b815468010000000000000000900460ff16156103a5575060010154905061057e565b804310156103ef576040517f6ea29411000000000000000000000000000000000000000000000000000000008152600481018790526024810182905243604482015260640161037a565b5f8143036103fe5750446104c5565b61010061040b8343610ddf565b111561044d576040517fb1f16edd000000000000000000000000000000000000000000000000000000008152600481018890526024810183905260440161037a565b6040518240905f906104629089908990610df2565b604051809103902090508181146104b6576040517fb3434550000000000000000000000000000000000000000000000000000000008152600481018a9052602481018390526044810182905260640161037a565b6104c08888610814565b925050505b6040805160208101839052908101889052606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052805160209182012085547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff166801000000000000000017865560018601819055808352955088917f546aca7b2683440b8f02fa95faeb8efc79dd0f16af3d815a002742ea6f76116c910160405180910390a25050505b9392505050565b5f81815260016020526040812080548291829167ffffffffffffffff1682036105dd576040517ffcd62b040000000000000000000000000000000000000000000000000000000081526004810186905260240161037a565b805468010000000000000000900460ff16156106075760015f82600101549350935093505061062d565b80545f90610622906101009067ffffffffffffffff16610e01565b43115f935093509350505b9193909250565b5f8281526020819052604090206001015461064e816108de565b61065883836108eb565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146106ad576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106b782826109e4565b505050565b5f828152602081905260409020600101546106d6816108de565b61065883836109e4565b335f9081527f60d27a4458aab6b352847091b9bd047730a6f421d79d3e60b87caf78a23077be602052604081205460ff16610749576040517f7283e74b00000000000000000000000000000000000000000000000000000000815233600482015260240161037a565b60025f815461075790610e14565b918290555090505f6107897f000000000000000000000000000000000000000000000000000000000000000043610e01565b905061079481610a9d565b5f8381526001602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff949094169390931790925551828152339184917f9cbe10499828304338b5191b737406d750036395ab0a1015c8c14b2f6e1046d5910160405180910390a35090565b5f5f61082184845f610af0565b5090505f5b600d81101561085a575f5f61083c878786610af0565b909250905061084b8183610e01565b93505050806001019050610826565b505f5f610868868685610af0565b91509150806020146108b0576040517f5adf9b53000000000000000000000000000000000000000000000000000000008152600d60048201526024810182905260440161037a565b8582866108be826020610e01565b926108cb93929190610e4b565b6108d491610e72565b9695505050505050565b6108e88133610bac565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166109dd575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905561097b3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610323565b505f610323565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156109dd575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610323565b5f67ffffffffffffffff821115610aec57604080517f6dfcc65000000000000000000000000000000000000000000000000000000000815260048101919091526024810183905260440161037a565b5090565b5f5f5f858585818110610b0557610b05610eae565b919091013560f81c9150506080811015610b26578360019250925050610ba4565b60b8811015610b4f57610b3a846001610e01565b610b45608083610ddf565b9250925050610ba4565b60c0811015610b6e57610b45868686610b6960b786610ddf565b610c35565b60f8811015610b8d57610b82846001610e01565b610b4560c083610ddf565b610b9e868686610b6960f786610ddf565b92509250505b935093915050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610c31576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161037a565b5050565b5f8060015b838111610c7d578686610c4d8388610e01565b818110610c5c57610c5c610eae565b60089490941b919093013560f81c179150610c7681610e14565b9050610c3a565b5082610c8a856001610e01565b610c949190610e01565b915094509492505050565b5f60208284031215610caf575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461057e575f5ffd5b5f5f5f60408486031215610cf0575f5ffd5b83359250602084013567ffffffffffffffff811115610d0d575f5ffd5b8401601f81018613610d1d575f5ffd5b803567ffffffffffffffff811115610d33575f5ffd5b866020828401011115610d44575f5ffd5b939660209190910195509293505050565b5f60208284031215610d65575f5ffd5b5035919050565b5f5f60408385031215610d7d575f5ffd5b82359150602083013573ffffffffffffffffffffffffffffffffffffffff81168114610da7575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561032357610323610db2565b818382375f9101908152919050565b8082018082111561032357610323610db2565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610e4457610e44610db2565b5060010190565b5f5f85851115610e59575f5ffd5b83861115610e65575f5ffd5b5050820193919092039150565b80356020831015610323577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `TestStablecoin` (src/tokens/TestStablecoin.sol). */
export const testStablecoinAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "name_",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "symbol_",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "decimals_",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DOMAIN_SEPARATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "FAUCET_UNITS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "allowance",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "approve",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "decimals",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "faucet",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isTestChain",
    "inputs": [
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nonces",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "permit",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "symbol",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalSupply",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transfer",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "transferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "spender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FaucetDripped",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Transfer",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignature",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignatureLength",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignatureS",
    "inputs": [
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InsufficientAllowance",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "allowance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InsufficientBalance",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidApprover",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidReceiver",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidSender",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC20InvalidSpender",
    "inputs": [
      {
        "name": "spender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC2612ExpiredSignature",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC2612InvalidSigner",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidAccountNonce",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "currentNonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "TestStablecoinFaucetLimit",
    "inputs": [
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TestStablecoinNotATestChain",
    "inputs": [
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `TestStablecoin`. */
export const testStablecoinBytecode = '0x610180604052348015610010575f5ffd5b50604051611ad8380380611ad883398101604081905261002f916102ab565b6040805180820190915260018152603160f81b6020820152839081908185600361005983826103ac565b50600461006682826103ac565b5061007691508390506005610157565b61012052610085816006610157565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525061012446610189565b6101485760405163665c7a8360e11b81524660048201526024015b60405180910390fd5b60ff1661016052506104be9050565b5f6020835110156101725761016b836101d1565b9050610183565b8161017d84826103ac565b5060ff90505b92915050565b5f81617a69148061019b575081610539145b806101a857508162aa36a7145b806101b557508162014a34145b806101c257508162066eee145b8061018357505062aa37dc1490565b5f5f829050601f815111156101fb578260405163305a27a960e01b815260040161013f9190610466565b80516102068261049b565b179392505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610231575f5ffd5b81516001600160401b0381111561024a5761024a61020e565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102785761027861020e565b60405281815283820160200185101561028f575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f606084860312156102bd575f5ffd5b83516001600160401b038111156102d2575f5ffd5b6102de86828701610222565b602086015190945090506001600160401b038111156102fb575f5ffd5b61030786828701610222565b925050604084015160ff8116811461031d575f5ffd5b809150509250925092565b600181811c9082168061033c57607f821691505b60208210810361035a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103a757805f5260205f20601f840160051c810160208510156103855750805b601f840160051c820191505b818110156103a4575f8155600101610391565b50505b505050565b81516001600160401b038111156103c5576103c561020e565b6103d9816103d38454610328565b84610360565b6020601f82116001811461040b575f83156103f45750848201515b5f19600385901b1c1916600184901b1784556103a4565b5f84815260208120601f198516915b8281101561043a578785015182556020948501946001909201910161041a565b508482101561045757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561035a575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516115b86105205f395f818161016c01526103cc01525f610a8a01525f610a5d01525f6109a801525f61098001525f6108db01525f61090501525f61092f01526115b85ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80637ecebe0011610093578063d327488c11610063578063d327488c14610231578063d505accf14610244578063db65c7c314610257578063dd62ed3e14610261575f5ffd5b80637ecebe00146101e857806384b0196e146101fb57806395d89b4114610216578063a9059cbb1461021e575f5ffd5b8063313ce567116100ce578063313ce567146101655780633644e5151461019657806370a082311461019e5780637b56c2b2146101d3575f5ffd5b806306fdde03146100ff578063095ea7b31461011d57806318160ddd1461014057806323b872dd14610152575b5f5ffd5b6101076102a6565b6040516101149190611177565b60405180910390f35b61013061012b3660046111b8565b610336565b6040519015158152602001610114565b6002545b604051908152602001610114565b6101306101603660046111e0565b61034f565b60405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610114565b610144610372565b6101446101ac36600461121a565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6101e66101e13660046111b8565b610380565b005b6101446101f636600461121a565b6104a4565b6102036104ce565b6040516101149796959493929190611233565b61010761052c565b61013061022c3660046111b8565b61053b565b61013061023f3660046112f2565b610548565b6101e6610252366004611309565b610590565b610144620186a081565b61014461026f366004611376565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b6060600380546102b5906113a7565b80601f01602080910402602001604051908101604052809291908181526020018280546102e1906113a7565b801561032c5780601f106103035761010080835404028352916020019161032c565b820191905f5260205f20905b81548152906001019060200180831161030f57829003601f168201915b5050505050905090565b5f33610343818585610739565b60019150505b92915050565b5f3361035c85828561074b565b610367858585610819565b506001949350505050565b5f61037b6108c2565b905090565b61038946610548565b6103c6576040517fccb8f5060000000000000000000000000000000000000000000000000000000081524660048201526024015b60405180910390fd5b5f6103f27f0000000000000000000000000000000000000000000000000000000000000000600a611546565b6103ff90620186a0611554565b905080821115610445576040517fe4cddfa600000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016103bd565b61044f83836109f8565b8273ffffffffffffffffffffffffffffffffffffffff167f5c6f8a83250ac55dd524ad7bdf5ad3a59d3ccbe7c1827b0c4ec3615459fd9ae98360405161049791815260200190565b60405180910390a2505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260076020526040812054610349565b5f6060805f5f5f60606104df610a56565b6104e7610a83565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546102b5906113a7565b5f33610343818585610819565b5f81617a69148061055a575081610539145b8061056757508162aa36a7145b8061057457508162014a34145b8061058157508162066eee145b8061034957505062aa37dc1490565b834211156105cd576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024016103bd565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886106258c73ffffffffffffffffffffffffffffffffffffffff165f90815260076020526040902080546001810190915590565b60408051602081019690965273ffffffffffffffffffffffffffffffffffffffff94851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61068c82610ab0565b90505f61069b82878787610af7565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610722576040517f4b800e4600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528b1660248201526044016103bd565b61072d8a8a8a610739565b50505050505050505050565b6107468383836001610b23565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156108135781811015610805576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016103bd565b61081384848484035f610b23565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8316610868576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b73ffffffffffffffffffffffffffffffffffffffff82166108b7576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b610746838383610c68565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561092757507f000000000000000000000000000000000000000000000000000000000000000046145b1561095157507f000000000000000000000000000000000000000000000000000000000000000090565b61037b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b73ffffffffffffffffffffffffffffffffffffffff8216610a47576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b610a525f8383610c68565b5050565b606061037b7f00000000000000000000000000000000000000000000000000000000000000006005610e0f565b606061037b7f00000000000000000000000000000000000000000000000000000000000000006006610e0f565b5f610349610abc6108c2565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f610b0788888888610eb8565b925092509250610b178282610fab565b50909695505050505050565b73ffffffffffffffffffffffffffffffffffffffff8416610b72576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b73ffffffffffffffffffffffffffffffffffffffff8316610bc1576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016103bd565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610813578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610c5a91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610c9f578060025f828254610c94919061156b565b90915550610d4f9050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610d24576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016103bd565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff8216610d7857600280548290039055610da3565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e0291815260200190565b60405180910390a3505050565b606060ff8314610e2957610e22836110ae565b9050610349565b818054610e35906113a7565b80601f0160208091040260200160405190810160405280929190818152602001828054610e61906113a7565b8015610eac5780601f10610e8357610100808354040283529160200191610eac565b820191905f5260205f20905b815481529060010190602001808311610e8f57829003601f168201915b50505050509050610349565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610ef157505f91506003905082610fa1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610f42573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610f9857505f925060019150829050610fa1565b92505f91508190505b9450945094915050565b5f826003811115610fbe57610fbe61157e565b03610fc7575050565b6001826003811115610fdb57610fdb61157e565b03611012576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156110265761102661157e565b03611060576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016103bd565b60038260038111156110745761107461157e565b03610a52576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016103bd565b60605f6110ba836110eb565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610349576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f611189602083018461112b565b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146111b3575f5ffd5b919050565b5f5f604083850312156111c9575f5ffd5b6111d283611190565b946020939093013593505050565b5f5f5f606084860312156111f2575f5ffd5b6111fb84611190565b925061120960208501611190565b929592945050506040919091013590565b5f6020828403121561122a575f5ffd5b61118982611190565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61126d60e083018961112b565b828103604084015261127f818961112b565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156112e15783518352602093840193909201916001016112c3565b50909b9a5050505050505050505050565b5f60208284031215611302575f5ffd5b5035919050565b5f5f5f5f5f5f5f60e0888a03121561131f575f5ffd5b61132888611190565b965061133660208901611190565b95506040880135945060608801359350608088013560ff81168114611359575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611387575f5ffd5b61139083611190565b915061139e60208401611190565b90509250929050565b600181811c908216806113bb57607f821691505b6020821081036113f2577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6001815b600184111561146057808504811115611444576114446113f8565b600184161561145257908102905b60019390931c928002611429565b935093915050565b5f8261147657506001610349565b8161148257505f610349565b816001811461149857600281146114a2576114be565b6001915050610349565b60ff8411156114b3576114b36113f8565b50506001821b610349565b5060208310610133831016604e8410600b84101617156114e1575081810a610349565b61150c7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8484611425565b807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0482111561153e5761153e6113f8565b029392505050565b5f61118960ff841683611468565b8082028115828204841417610349576103496113f8565b80820180821115610349576103496113f8565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `TimelockController` (@openzeppelin/contracts/governance/TimelockController.sol). */
export const timelockControllerAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "minDelay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "proposers",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "executors",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "receive",
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "CANCELLER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "EXECUTOR_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "PROPOSER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "cancel",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "execute",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "payload",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "executeBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "getMinDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getOperationState",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum TimelockController.OperationState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getTimestamp",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashOperation",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "hashOperationBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "isOperation",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOperationDone",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOperationPending",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOperationReady",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "onERC1155BatchReceived",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC1155Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC721Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "schedule",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "scheduleBatch",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "payloads",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "updateDelay",
    "inputs": [
      {
        "name": "newDelay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "CallExecuted",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "target",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CallSalt",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CallScheduled",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "target",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "predecessor",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "delay",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Cancelled",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MinDelayChange",
    "inputs": [
      {
        "name": "oldDuration",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newDuration",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TimelockInsufficientDelay",
    "inputs": [
      {
        "name": "delay",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minDelay",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockInvalidOperationLength",
    "inputs": [
      {
        "name": "targets",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "payloads",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "values",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnauthorizedCaller",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnexecutedPredecessor",
    "inputs": [
      {
        "name": "predecessorId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TimelockUnexpectedOperationState",
    "inputs": [
      {
        "name": "operationId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "expectedStates",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  }
] as const;

/** Creation bytecode of `TimelockController`. */
export const timelockControllerBytecode = '0x608060405234801561000f575f5ffd5b5060405161223a38038061223a83398101604081905261002e916102f6565b6100385f3061017b565b506001600160a01b03811615610054576100525f8261017b565b505b5f5b83518110156100e8576100a87fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc185838151811061009557610095610375565b602002602001015161017b60201b60201c565b506100df7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78385838151811061009557610095610375565b50600101610056565b505f5b82518110156101335761012a7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6384838151811061009557610095610375565b506001016100eb565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610389565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661021b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021e565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461024e575f5ffd5b919050565b5f82601f830112610262575f5ffd5b81516001600160401b0381111561027b5761027b610224565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102a9576102a9610224565b6040529182526020818501810192908101868411156102c6575f5ffd5b6020860192505b838310156102ec576102de83610238565b8152602092830192016102cd565b5095945050505050565b5f5f5f5f60808587031215610309575f5ffd5b845160208601519094506001600160401b03811115610326575f5ffd5b61033287828801610253565b604087015190945090506001600160401b0381111561034f575f5ffd5b61035b87828801610253565b92505061036a60608601610238565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b611ea4806103965f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f146105c0578063e38335e5146105df578063f23a6e61146105f2578063f27a0c9214610636575f5ffd5b8063bc197c8114610532578063c4d252f514610576578063d45c443514610595575f5ffd5b806391d14854116100c257806391d148541461047e578063a217fddf146104cd578063b08e51c0146104e0578063b1c5f42714610513575f5ffd5b80638065657f1461040d5780638f2a0bb01461042c5780638f61f4f51461044b575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610384578063584b153e146103a357806364d62353146103c25780637958004c146103e1575f5ffd5b80632ab0f529146103275780632f2ff15d1461034657806331d5075014610365575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102f9575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d73660046114fc565b61064a565b005b3480156101e9575f5ffd5b506101fd6101f836600461156b565b61071e565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046115aa565b61072e565b348015610271575f5ffd5b506101fd610280366004611611565b610823565b348015610290575f5ffd5b506102c861029f36600461172e565b7f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602001610209565b348015610304575f5ffd5b50610245610313366004611611565b5f9081526020819052604090206001015490565b348015610332575f5ffd5b506101fd610341366004611611565b610848565b348015610351575f5ffd5b506101dc610360366004611792565b610850565b348015610370575f5ffd5b506101fd61037f366004611611565b61087a565b34801561038f575f5ffd5b506101dc61039e366004611792565b61089e565b3480156103ae575f5ffd5b506101fd6103bd366004611611565b6108fc565b3480156103cd575f5ffd5b506101dc6103dc366004611611565b610941565b3480156103ec575f5ffd5b506104006103fb366004611611565b6109da565b60405161020991906117e9565b348015610418575f5ffd5b506102456104273660046115aa565b610a22565b348015610437575f5ffd5b506101dc610446366004611869565b610a60565b348015610456575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610489575f5ffd5b506101fd610498366004611792565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b3480156104d8575f5ffd5b506102455f81565b3480156104eb575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561051e575f5ffd5b5061024561052d36600461191e565b610c02565b34801561053d575f5ffd5b506102c861054c366004611a4b565b7fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b348015610581575f5ffd5b506101dc610590366004611611565b610c46565b3480156105a0575f5ffd5b506102456105af366004611611565b5f9081526001602052604090205490565b3480156105cb575f5ffd5b506101dc6105da366004611792565b610d09565b6101dc6105ed36600461191e565b610d2d565b3480156105fd575f5ffd5b506102c861060c366004611afa565b7ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b348015610641575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067481610f07565b5f610683898989898989610a22565b905061068f8184610f14565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106ca96959493929190611b95565b60405180910390a3831561071357807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070a91815260200190565b60405180910390a25b505050505050505050565b5f61072882610fd7565b92915050565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff166107aa576107aa813361102c565b5f6107b9888888888888610a22565b90506107c581856110b5565b6107d18888888861111c565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516108089493929190611bdf565b60405180910390a36108198161119d565b5050505050505050565b5f60025b610830836109da565b6003811115610841576108416117bc565b1492915050565b5f6003610827565b5f8281526020819052604090206001015461086a81610f07565b61087483836111c8565b50505050565b5f80610885836109da565b6003811115610896576108966117bc565b141592915050565b73ffffffffffffffffffffffffffffffffffffffff811633146108ed576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f782826112c1565b505050565b5f5f610907836109da565b9050600181600381111561091d5761091d6117bc565b148061093a57506002816003811115610938576109386117bc565b145b9392505050565b33308114610998576040517fe2850c5900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036109f757505f92915050565b60018103610a085750600392915050565b42811115610a195750600192915050565b50600292915050565b5f868686868686604051602001610a3e96959493929190611b95565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610a8a81610f07565b8887141580610a995750888514155b15610ae1576040517fffb03211000000000000000000000000000000000000000000000000000000008152600481018a9052602481018690526044810188905260640161098f565b5f610af28b8b8b8b8b8b8b8b610c02565b9050610afe8184610f14565b5f5b8a811015610bb35780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610b3d57610b3d611c14565b9050602002016020810190610b529190611c41565b8d8d86818110610b6457610b64611c14565b905060200201358c8c87818110610b7d57610b7d611c14565b9050602002810190610b8f9190611c5a565b8c8b604051610ba396959493929190611b95565b60405180910390a3600101610b00565b508315610bf557807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610bec91815260200190565b60405180910390a25b5050505050505050505050565b5f8888888888888888604051602001610c22989796959493929190611d8b565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610c7081610f07565b610c79826108fc565b610cce5781610c88600261137a565b610c92600161137a565b6040517f5ead8eb5000000000000000000000000000000000000000000000000000000008152600481019390935217602482015260440161098f565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610d2381610f07565b61087483836112c1565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff16610da957610da9813361102c565b8786141580610db85750878414155b15610e00576040517fffb0321100000000000000000000000000000000000000000000000000000000815260048101899052602481018590526044810187905260640161098f565b5f610e118a8a8a8a8a8a8a8a610c02565b9050610e1d81856110b5565b5f5b89811015610ef1575f8b8b83818110610e3a57610e3a611c14565b9050602002016020810190610e4f9190611c41565b90505f8a8a84818110610e6457610e64611c14565b905060200201359050365f8a8a86818110610e8157610e81611c14565b9050602002810190610e939190611c5a565b91509150610ea38484848461111c565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610eda9493929190611bdf565b60405180910390a350505050806001019050610e1f565b50610efb8161119d565b50505050505050505050565b610f11813361102c565b50565b610f1d8261087a565b15610f675781610f2c5f61137a565b6040517f5ead8eb50000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161098f565b5f610f7160025490565b905080821015610fb7576040517f54336609000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161098f565b610fc18242611e50565b5f93845260016020526040909320929092555050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e000000000000000000000000000000000000000000000000000000000148061072857506107288261139c565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166110b1576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161098f565b5050565b6110be82610823565b6110cd5781610f2c600261137a565b80158015906110e257506110e081610848565b155b156110b1576040517f90a9a6180000000000000000000000000000000000000000000000000000000081526004810182905260240161098f565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051611146929190611e88565b5f6040518083038185875af1925050503d805f8114611180576040519150601f19603f3d011682016040523d82523d5f602084013e611185565b606091505b50915091506111948282611432565b50505050505050565b6111a681610823565b6111b55780610f2c600261137a565b5f90815260016020819052604090912055565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556112583390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610728565b505f610728565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610728565b5f81600381111561138d5761138d6117bc565b600160ff919091161b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061072857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610728565b606082611447576114428261144e565b610728565b5080610728565b80511561145d57805160208201fd5b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b803573ffffffffffffffffffffffffffffffffffffffff811681146114b2575f5ffd5b919050565b5f5f83601f8401126114c7575f5ffd5b50813567ffffffffffffffff8111156114de575f5ffd5b6020830191508360208285010111156114f5575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611512575f5ffd5b61151b8861148f565b965060208801359550604088013567ffffffffffffffff81111561153d575f5ffd5b6115498a828b016114b7565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f6020828403121561157b575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461093a575f5ffd5b5f5f5f5f5f5f60a087890312156115bf575f5ffd5b6115c88761148f565b955060208701359450604087013567ffffffffffffffff8111156115ea575f5ffd5b6115f689828a016114b7565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611621575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561169c5761169c611628565b604052919050565b5f82601f8301126116b3575f5ffd5b813567ffffffffffffffff8111156116cd576116cd611628565b6116fe60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601611655565b818152846020838601011115611712575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611741575f5ffd5b61174a8561148f565b93506117586020860161148f565b925060408501359150606085013567ffffffffffffffff81111561177a575f5ffd5b611786878288016116a4565b91505092959194509250565b5f5f604083850312156117a3575f5ffd5b823591506117b36020840161148f565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310611822577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f83601f840112611838575f5ffd5b50813567ffffffffffffffff81111561184f575f5ffd5b6020830191508360208260051b85010111156114f5575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611881575f5ffd5b893567ffffffffffffffff811115611897575f5ffd5b6118a38c828d01611828565b909a5098505060208a013567ffffffffffffffff8111156118c2575f5ffd5b6118ce8c828d01611828565b90985096505060408a013567ffffffffffffffff8111156118ed575f5ffd5b6118f98c828d01611828565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611935575f5ffd5b883567ffffffffffffffff81111561194b575f5ffd5b6119578b828c01611828565b909950975050602089013567ffffffffffffffff811115611976575f5ffd5b6119828b828c01611828565b909750955050604089013567ffffffffffffffff8111156119a1575f5ffd5b6119ad8b828c01611828565b999c989b509699959896976060870135966080013595509350505050565b5f82601f8301126119da575f5ffd5b813567ffffffffffffffff8111156119f4576119f4611628565b8060051b611a0460208201611655565b91825260208185018101929081019086841115611a1f575f5ffd5b6020860192505b83831015611a41578235825260209283019290910190611a26565b9695505050505050565b5f5f5f5f5f60a08688031215611a5f575f5ffd5b611a688661148f565b9450611a766020870161148f565b9350604086013567ffffffffffffffff811115611a91575f5ffd5b611a9d888289016119cb565b935050606086013567ffffffffffffffff811115611ab9575f5ffd5b611ac5888289016119cb565b925050608086013567ffffffffffffffff811115611ae1575f5ffd5b611aed888289016116a4565b9150509295509295909350565b5f5f5f5f5f60a08688031215611b0e575f5ffd5b611b178661148f565b9450611b256020870161148f565b93506040860135925060608601359150608086013567ffffffffffffffff811115611ae1575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff8716815285602082015260a060408201525f611bca60a083018688611b4e565b60608301949094525060800152949350505050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f611a41606083018486611b4e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215611c51575f5ffd5b61093a8261148f565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611c8d575f5ffd5b83018035915067ffffffffffffffff821115611ca7575f5ffd5b6020019150368190038213156114f5575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015611d7f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084840301885281357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1873603018112611d32575f5ffd5b860160208101903567ffffffffffffffff811115611d4e575f5ffd5b803603821315611d5c575f5ffd5b611d67858284611b4e565b60209a8b019a90955093909301925050600101611cd2565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611dd85773ffffffffffffffffffffffffffffffffffffffff611dc38461148f565b16825260209283019290910190600101611d9d565b5083810360208501528881527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff891115611e10575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611e389082018789611cbb565b60608401959095525050608001529695505050505050565b80820180821115610728577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818382375f910190815291905056fea164736f6c634300081c000a' as const;

/** ABI of `VrfSource` (src/randomness/VrfSource.sol). */
export const vrfSourceAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "coordinator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct IVrfSource.VrfConfig",
        "components": [
          {
            "name": "keyHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "subscriptionId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "requestConfirmations",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "callbackGasLimit",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "nativePayment",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "requestTimeout",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "CONSUMER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "owner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "randomness",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "ready",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "expired",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "rawFulfillRandomWords",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "randomWords",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestRandomness",
    "inputs": [],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "s_vrfCoordinator",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IVRFCoordinatorV2Plus"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setCoordinator",
    "inputs": [
      {
        "name": "_vrfCoordinator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "vrfConfig",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IVrfSource.VrfConfig",
        "components": [
          {
            "name": "keyHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "subscriptionId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "requestConfirmations",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "callbackGasLimit",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "nativePayment",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "requestTimeout",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "vrfRequestId",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "CoordinatorSet",
    "inputs": [
      {
        "name": "vrfCoordinator",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferRequested",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessFulfilled",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessLateFulfillmentIgnored",
    "inputs": [
      {
        "name": "vrfRequestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "commitment",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "OnlyCoordinatorCanFulfill",
    "inputs": [
      {
        "name": "have",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "want",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OnlyOwnerOrCoordinator",
    "inputs": [
      {
        "name": "have",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "coordinator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessNotConsumer",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessUnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RandomnessVrfConfigInvalid",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  }
] as const;

/** Creation bytecode of `VrfSource`. */
export const vrfSourceBytecode = '0x608060405234801561000f575f5ffd5b506040516118e23803806118e283398101604081905261002e916103d8565b8233805f816100845760405162461bcd60e51b815260206004820152601860248201527f43616e6e6f7420736574206f776e657220746f207a65726f000000000000000060448201526064015b60405180910390fd5b5f80546001600160a01b0319166001600160a01b03848116919091179091558116156100b3576100b3816101c6565b5050506001600160a01b0381166100dd5760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b039290921691909117905560a082015115806101165750606082015163ffffffff16155b1561013457604051630d626ac560e41b815260040160405180910390fd5b8151600455602082015160055560408201516006805460608501516080860151151566010000000000000260ff60301b1963ffffffff909216620100000265ffffffffffff1990931661ffff90951694909417919091171691909117905560a08201516007556101a45f8261026e565b506001600160a01b03811633146101be576101be8161031b565b5050506104a0565b336001600160a01b0382160361021e5760405162461bcd60e51b815260206004820152601760248201527f43616e6e6f74207472616e7366657220746f2073656c66000000000000000000604482015260640161007b565b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917fed8889f560326eb138920d842192f0eb3dd22b4f139c87a2c57538e05bae12789190a350565b5f8281526003602090815260408083206001600160a01b038516845290915281205460ff16610312575f8381526003602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102ca3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610315565b505f5b92915050565b61032361032f565b61032c816101c6565b50565b5f546001600160a01b031633146103885760405162461bcd60e51b815260206004820152601660248201527f4f6e6c792063616c6c61626c65206279206f776e657200000000000000000000604482015260640161007b565b565b80516001600160a01b03811681146103a0575f5ffd5b919050565b805161ffff811681146103a0575f5ffd5b805163ffffffff811681146103a0575f5ffd5b805180151581146103a0575f5ffd5b5f5f5f8385036101008112156103ec575f5ffd5b6103f58561038a565b935060c0601f1982011215610408575f5ffd5b5060405160c081016001600160401b038111828210171561043757634e487b7160e01b5f52604160045260245ffd5b604090815260208681015183529086015190820152610458606086016103a5565b6040820152610469608086016103b6565b606082015261047a60a086016103c9565b608082015260c085015160a0820152915061049760e0850161038a565b90509250925092565b611435806104ad5f395ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c80638da5cb5b116100ad578063a217fddf1161007d578063d547741f11610063578063d547741f146103e7578063f2fde38b146103fa578063f8413b071461040d575f5ffd5b8063a217fddf146102fd578063aa85448114610304575f5ffd5b80638da5cb5b146102475780638ea981171461028557806391d14854146102985780639eccacf6146102dd575f5ffd5b80632f2ff15d116101025780634bc02da6116100e85780634bc02da6146101f657806379ba50971461021d57806387945cc514610225575f5ffd5b80632f2ff15d146101d057806336568abe146101e3575f5ffd5b806301ffc9a7146101335780631b1d5b271461015b5780631fe543e31461018b578063248a9ca3146101a0575b5f5ffd5b61014661014136600461118a565b610415565b60405190151581526020015b60405180910390f35b61016e6101693660046111d0565b6104ad565b604080519315158452911515602084015290820152606001610152565b61019e6101993660046111e7565b61054c565b005b6101c26101ae3660046111d0565b5f9081526003602052604090206001015490565b604051908152602001610152565b61019e6101de366004611289565b6105cf565b61019e6101f1366004611289565b6105f9565b6101c27f9d56108290ea0bc9c5c59c3ad357dca9d1b29ed7f3ae1443bef2fa2159bdf5e881565b61019e610652565b6101c26102333660046111d0565b5f9081526008602052604090206001015490565b5f5473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610152565b61019e6102933660046112b3565b61074e565b6101466102a6366004611289565b5f91825260036020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6002546102609073ffffffffffffffffffffffffffffffffffffffff1681565b6101c25f81565b6103906040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c0810182526004548152600554602082015260065461ffff81169282019290925262010000820463ffffffff166060820152660100000000000090910460ff161515608082015260075460a082015290565b60405161015291905f60c082019050825182526020830151602083015261ffff604084015116604083015263ffffffff606084015116606083015260808301511515608083015260a083015160a083015292915050565b61019e6103f5366004611289565b6108d6565b61019e6104083660046112b3565b6108fa565b6101c261090e565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806104a757507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f81815260086020526040812080548291829167ffffffffffffffff16820361050a576040517ffcd62b04000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b805468010000000000000000900460ff16156105325760020154600193505f92509050610545565b5f61053c82610b6a565b5f935093509350505b9193909250565b60025473ffffffffffffffffffffffffffffffffffffffff1633146105bf576002546040517f1cf993f400000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff9091166024820152604401610501565b6105ca838383610b8c565b505050565b5f828152600360205260409020600101546105e981610cb6565b6105f38383610cc0565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610648576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105ca8282610dbd565b60015473ffffffffffffffffffffffffffffffffffffffff1633146106d3576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601660248201527f4d7573742062652070726f706f736564206f776e6572000000000000000000006044820152606401610501565b5f8054337fffffffffffffffffffffffff00000000000000000000000000000000000000008083168217845560018054909116905560405173ffffffffffffffffffffffffffffffffffffffff90921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b5f5473ffffffffffffffffffffffffffffffffffffffff16331480159061078d575060025473ffffffffffffffffffffffffffffffffffffffff163314155b1561081057336107b15f5473ffffffffffffffffffffffffffffffffffffffff1690565b6002546040517f061db9c100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff93841660048201529183166024830152919091166044820152606401610501565b73ffffffffffffffffffffffffffffffffffffffff811661085d576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527fd1a6a14209a385a964d036e404cb5cfb71f4000cdb03c9366292430787261be69060200160405180910390a150565b5f828152600360205260409020600101546108f081610cb6565b6105f38383610dbd565b610902610e7a565b61090b81610efc565b50565b335f9081527f8b1391b4dde36e978f77c50fbe8d172ff268afba3a0a9e8445022770148b4062602052604081205460ff16610977576040517f7283e74b000000000000000000000000000000000000000000000000000000008152336004820152602401610501565b6002546040805160c08101825260048054825260055460208084019190915260065461ffff81168486015262010000810463ffffffff166060850152600160808501528451918201909452660100000000000090930460ff1615158352925f9273ffffffffffffffffffffffffffffffffffffffff90911691639b1c385e9160a0820190610a0490610ff0565b8152506040518263ffffffff1660e01b8152600401610a2391906112cc565b6020604051808303815f875af1158015610a3f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a63919061136d565b9050600a5f8154610a73906113b1565b91905081905592506040518060800160405280610a8f426110ac565b67ffffffffffffffff90811682525f602080840182905260408085018790526060948501839052888352600882528083208651815488850151151568010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090911691909616179490941784558581015160018501559490930151600290920191909155838152600990915281902084905551339084907f9cbe10499828304338b5191b737406d750036395ab0a1015c8c14b2f6e1046d590610b5d9085815260200190565b60405180910390a3505090565b60075481545f91610b849167ffffffffffffffff166113e8565b421192915050565b5f838152600960209081526040808320548084526008909252909120811580610bc25750805468010000000000000000900460ff165b80610bd15750610bd181610b6a565b80610bda575082155b15610c105760405185907f7deb28b7daa9c3792122ba28bf792971e19d5847bdfbf30fed8a98bdefea30a5905f90a25050505050565b80547fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff166801000000000000000017815583835f81610c5157610c516113fb565b6020029190910135600283015550817f546aca7b2683440b8f02fa95faeb8efc79dd0f16af3d815a002742ea6f76116c85855f81610c9157610c916113fb565b90506020020135604051610ca791815260200190565b60405180910390a25050505050565b61090b81336110ff565b5f82815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610db6575f83815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610d543390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104a7565b505f6104a7565b5f82815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610db6575f83815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104a7565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610efa576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601660248201527f4f6e6c792063616c6c61626c65206279206f776e6572000000000000000000006044820152606401610501565b565b3373ffffffffffffffffffffffffffffffffffffffff821603610f7b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601760248201527f43616e6e6f74207472616e7366657220746f2073656c660000000000000000006044820152606401610501565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8381169182179092555f8054604051929316917fed8889f560326eb138920d842192f0eb3dd22b4f139c87a2c57538e05bae12789190a350565b60607f92fd13387c7fe7befbc38d303d6468778fb9731bc4583f17d92989c6fcfdeaaa8260405160240161102991511515815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff000000000000000000000000000000000000000000000000000000009093169290921790915292915050565b5f67ffffffffffffffff8211156110fb57604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610501565b5090565b5f82815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611186576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610501565b5050565b5f6020828403121561119a575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146111c9575f5ffd5b9392505050565b5f602082840312156111e0575f5ffd5b5035919050565b5f5f5f604084860312156111f9575f5ffd5b83359250602084013567ffffffffffffffff811115611216575f5ffd5b8401601f81018613611226575f5ffd5b803567ffffffffffffffff81111561123c575f5ffd5b8660208260051b8401011115611250575f5ffd5b939660209190910195509293505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611284575f5ffd5b919050565b5f5f6040838503121561129a575f5ffd5b823591506112aa60208401611261565b90509250929050565b5f602082840312156112c3575f5ffd5b6111c982611261565b60208152815160208201526020820151604082015261ffff604083015116606082015263ffffffff606083015116608082015263ffffffff60808301511660a08201525f60a083015160c08084015280518060e0850152806020830161010086015e5f61010082860101526101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168501019250505092915050565b5f6020828403121561137d575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036113e1576113e1611384565b5060010190565b808201808211156104a7576104a7611384565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea164736f6c634300081c000a' as const;

/** ABI of `WitnessAssignments` (src/libraries/WitnessAssignments.sol). */
export const witnessAssignmentsAbi = [
  {
    "type": "event",
    "name": "DrawMade",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "count",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DrawRandomnessRequested",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "expiredRequestId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessAssigned",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "stakeLocked",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "acceptDeadline",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessSkipped",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "registryError",
        "type": "bytes4",
        "indexed": false,
        "internalType": "bytes4"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "ClaimsRandomnessNotReady",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `WitnessAssignments`. */
export const witnessAssignmentsBytecode = '0x610f5f610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061003e575f3560e01c806269c42c14610042578063d1f6a3891461007a575b5f5ffd5b81801561004d575f5ffd5b5061006161005c366004610b39565b61009b565b6040805192835290151560208301520160405180910390f35b818015610085575f5ffd5b50610099610094366004610be2565b6101f0565b005b5f5f5f5f886007015490505f5f5f876020015173ffffffffffffffffffffffffffffffffffffffff16631b1d5b27856040518263ffffffff1660e01b81526004016100e891815260200190565b606060405180830381865afa158015610103573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101279190610c32565b925092509250826101995781610178576040517f903eea4d000000000000000000000000000000000000000000000000000000008152600481018a9052602481018590526044015b60405180910390fd5b6101888c8a8a60200151876101f0565b5f60019650965050505050506101e6565b6040808901518151602081018490529182018b90526060820152608001604051602081830303815290604052805190602001205f1c9450505050506101e2888888888589610305565b9250505b9550959350505050565b5f8273ffffffffffffffffffffffffffffffffffffffff1663f8413b076040518163ffffffff1660e01b81526004016020604051808303815f875af115801561023b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061025f9190610c6e565b90505f61026d600143610cb2565b60078701839055905061027f816103be565b600a8701805467ffffffffffffffff92909216610100027fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff9092169190911790556040805182815260208101859052839187917f2bea47d62b2299d3d3dbe2adaac96703b56ca5bcc14168ce5af66e946d30cbc8910160405180910390a3505050505050565b5f5f5f5b600381101561036f575f88826003811061032557610325610cf8565b600202015474010000000000000000000000000000000000000000900460ff16600481111561035657610356610ccb565b036103675761036482610d25565b91505b600101610309565b505f6103828988888886895f0151610411565b5f60078b015590506103988989898985896105e3565b9250818310156103b2576103b2898786602001515f6101f0565b50509695505050505050565b5f67ffffffffffffffff82111561040d57604080517f6dfcc65000000000000000000000000000000000000000000000000000000000815260048101919091526024810183905260440161016f565b5090565b60605f8680548060200260200160405190810160405280929190818152602001828054801561047457602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610449575b50505050600a8a015460078b01548b5460405194955061010090920467ffffffffffffffff169390925089917fbfa9bb0ca73c8bb6732a33e99a2c6248fc9c784cddde88a3a3375fee297e1753916104f3918b9176010000000000000000000000000000000000000000000090910461ffff169088908c908990610dac565b60405180910390a388546040517f62ccd5af00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8616916362ccd5af91610576918b918b91760100000000000000000000000000000000000000000000900461ffff169088908c908990600401610de2565b5f604051808303815f875af1158015610591573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682016040526105d69190810190610e1f565b9998505050505050505050565b600386015460608201515f916bffffffffffffffffffffffff1690829061060a9042610ed3565b90505f5f5b8651811015610a18575f87828151811061062b5761062b610cf8565b6020908102919091018101518b54600181018d555f8d81529290922090910180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff831617905590505b6003831080156106dd57505f8b84600381106106a9576106a9610cf8565b600202015474010000000000000000000000000000000000000000900460ff1660048111156106da576106da610ccb565b14155b156106f2576106eb83610d25565b925061068b565b600383036107005750610a18565b86516040517fe2ab691d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8381166004830152602482018c9052604482018890529091169063e2ab691d906064015f604051808303815f87803b158015610777575f5ffd5b505af1925050508015610788575060015b6108e9573d8080156107b5576040519150601f19603f3d011682016040523d82523d5f602084013e6107ba565b606091505b505f6107c582610ee6565b905060048251108061086657507fffffffff0000000000000000000000000000000000000000000000000000000081167fbb8a64e8000000000000000000000000000000000000000000000000000000001480159061086657507fffffffff0000000000000000000000000000000000000000000000000000000081167ff2d827430000000000000000000000000000000000000000000000000000000014155b1561087357815160208301fd5b6040517fffffffff000000000000000000000000000000000000000000000000000000008216815273ffffffffffffffffffffffffffffffffffffffff8416908c907f6a10962d4a9a5864a71c68b988b458ab03b3ed0256f7723c7f22275591f241e99060200160405180910390a35050610a0f565b5f8b84600381106108fc576108fc610cf8565b600202018054740100000000000000000000000000000000000000007fffffffffffffffffffffff00000000000000000000000000000000000000000090911673ffffffffffffffffffffffffffffffffffffffff851617178155905061096285610a26565b815464ffffffffff919091167501000000000000000000000000000000000000000000027fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff909116178155604080518781526020810187905273ffffffffffffffffffffffffffffffffffffffff84169186918d917f3c204674dd2ed33c95e1dcbffcf60eee43759bafcc2a14307b264fe5dc04f6ae910160405180910390a4610a0b87610d25565b9650505b5060010161060f565b505050509695505050505050565b5f64ffffffffff82111561040d576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152602860048201526024810183905260440161016f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040516080810167ffffffffffffffff81118282101715610ac057610ac0610a70565b60405290565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff81118282101715610b0d57610b0d610a70565b604052919050565b73ffffffffffffffffffffffffffffffffffffffff81168114610b36575f5ffd5b50565b5f5f5f5f5f858703610100811215610b4f575f5ffd5b8635955060208701359450604087013593506060870135925060807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8082011215610b97575f5ffd5b50610ba0610a9d565b6080870135610bae81610b15565b815260a0870135610bbe81610b15565b602082015260c0870135604082015260e09096013560608701525092959194509290565b5f5f5f5f60808587031215610bf5575f5ffd5b84359350602085013592506040850135610c0e81610b15565b9396929550929360600135925050565b80518015158114610c2d575f5ffd5b919050565b5f5f5f60608486031215610c44575f5ffd5b610c4d84610c1e565b9250610c5b60208501610c1e565b6040949094015192959394509192915050565b5f60208284031215610c7e575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610cc557610cc5610c85565b92915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610d5557610d55610c85565b5060010190565b5f8151808452602084019350602083015f5b82811015610da257815173ffffffffffffffffffffffffffffffffffffffff16865260209586019590910190600101610d6e565b5093949350505050565b85815261ffff8516602082015260a060408201525f610dce60a0830186610d5c565b606083019490945250608001529392505050565b86815285602082015261ffff8516604082015260c060608201525f610e0a60c0830186610d5c565b60808301949094525060a00152949350505050565b5f60208284031215610e2f575f5ffd5b815167ffffffffffffffff811115610e45575f5ffd5b8201601f81018413610e55575f5ffd5b805167ffffffffffffffff811115610e6f57610e6f610a70565b8060051b610e7f60208201610ac6565b91825260208184018101929081019087841115610e9a575f5ffd5b6020850194505b83851015610ec85784519250610eb683610b15565b82825260209485019490910190610ea1565b979650505050505050565b80820180821115610cc557610cc5610c85565b805160208201517fffffffff00000000000000000000000000000000000000000000000000000000811691906004821015610f4b577fffffffff00000000000000000000000000000000000000000000000000000000808360040360031b1b82161692505b505091905056fea164736f6c634300081c000a' as const;

/** ABI of `WitnessRegistry` (src/WitnessRegistry.sol). */
export const witnessRegistryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "minimumStake_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "unstakeCooldown_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "CLAIMS_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_DRAW_COUNT",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_EXCLUDED",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_REGION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "draw",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "witnesses",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "drawAt",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "witnesses",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "eligibleAt",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eligibleAtBlock",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eligibleCount",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eligibleCountAt",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "lock",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "lockedFor",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minimumStake",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestUnstake",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slash",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "slashed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "stake",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalStaked",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unlock",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unstakeCooldown",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawStake",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "witnessInfo",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "stakeAmount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "locked",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "eligible",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "unstakeAvailableAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakeLocked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakeSlashed",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakeUnlocked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessDrawRequested",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requestedRegion",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "count",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "exclude",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessEligibilityChanged",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "eligible",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessStaked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "totalStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessUnstakeRequested",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "availableAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessWithdrew",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WitnessesDrawn",
    "inputs": [
      {
        "name": "claimId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "seed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "region",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "eligible",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "witnesses",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "CheckpointUnorderedInsertion",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessAlreadyRegistered",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessAmountZero",
    "inputs": []
  },
  {
    "type": "error",
    "name": "WitnessCooldownActive",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "availableAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessDrawCountInvalid",
    "inputs": [
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessIndexOutOfRange",
    "inputs": [
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessInvalidConfiguration",
    "inputs": []
  },
  {
    "type": "error",
    "name": "WitnessNotEnoughEligible",
    "inputs": [
      {
        "name": "eligible",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "needed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessNotRegistered",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessRegionInvalid",
    "inputs": [
      {
        "name": "region",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessRegionMismatch",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "registered",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "given",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessSnapshotNotPast",
    "inputs": [
      {
        "name": "snapshotBlock",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "currentBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessStakeInsufficient",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "free",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessStakeLocked",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "locked",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessStakeTooLow",
    "inputs": [
      {
        "name": "stake",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessTooManyExcluded",
    "inputs": [
      {
        "name": "given",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessUnstakeNotRequested",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WitnessUnstakePending",
    "inputs": [
      {
        "name": "witness",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "availableAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode of `WitnessRegistry`. */
export const witnessRegistryBytecode = '0x60e060405234801561000f575f5ffd5b506040516132cb3803806132cb83398101604081905261002e916101e2565b6001600160a01b038416158061004b57506001600160a01b038116155b80610054575082155b1561007257604051632b90054560e11b815260040160405180910390fd5b61007b836100b1565b50610085826100ed565b506001600160a01b03841660805260a083905260c08290526100a75f82610122565b505050505061022b565b5f6001600160801b038211156100e9576040516306dfcc6560e41b815260806004820152602481018390526044015b60405180910390fd5b5090565b5f6001600160401b038211156100e957604080516306dfcc6560e41b81526004810191909152602481018390526044016100e0565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101c2575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561017a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101c5565b505f5b92915050565b6001600160a01b03811681146101df575f5ffd5b50565b5f5f5f5f608085870312156101f5575f5ffd5b8451610200816101cb565b6020860151604087015160608801519296509094509250610220816101cb565b939692955090935050565b60805160a05160c05161303e61028d5f395f81816103c601526115a401525f81816104a9015281816107ec0152818161084101528181610af40152610ea301525f818161050a01528181610a6801528181610ef4015261119c015261303e5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806391d14854116100fe578063d547741f1161009e578063f1c1f37b1161006e578063f1c1f37b146104cb578063f30891d9146104de578063fc0c546a14610505578063fc63958e1461052c575f5ffd5b8063d547741f14610476578063e2ab691d14610489578063e978f9e71461049c578063ec5ffac2146104a4575f5ffd5b8063b61e7074116100d9578063b61e707414610440578063bed9d86114610453578063c32208e71461045b578063c7bb362714610463575f5ffd5b806391d14854146103f0578063a217fddf14610426578063a22233411461042d575f5ffd5b80635d0725f0116101695780637b0472f0116101445780637b0472f01461039b5780637eee288d146103ae5780637eefd5ae146103c1578063817b1cd2146103e8575f5ffd5b80635d0725f0146102b357806362ccd5af146102c65780636e596231146102e6575f5ffd5b8063248a9ca3116101a4578063248a9ca3146102605780632f2ff15d1461028257806332d665b91461029757806336568abe146102a0575f5ffd5b806301ffc9a7146101ca5780631590a376146101f25780632352bc0814610235575b5f5ffd5b6101dd6101d8366004612abd565b610534565b60405190151581526020015b60405180910390f35b610227610200366004612b17565b6001600160a01b03919091165f908152600260209081526040808320938352929052205490565b6040519081526020016101e9565b610248610243366004612b3f565b6105cc565b6040516001600160a01b0390911681526020016101e9565b61022761026e366004612b68565b5f9081526020819052604090206001015490565b610295610290366004612b7f565b610657565b005b61022761ffff81565b6102956102ae366004612b7f565b610681565b6102276102c1366004612b68565b6106d2565b6102d96102d4366004612bf1565b6106e4565b6040516101e99190612c9e565b6103716102f4366004612cb0565b6001600160a01b03165f90815260016020819052604090912080549101546fffffffffffffffffffffffffffffffff80831693700100000000000000000000000000000000909304169168010000000000000000820461ffff16916b010000000000000000000000810460ff169167ffffffffffffffff90911690565b6040805195865260208601949094529284019190915215156060830152608082015260a0016101e9565b6102956103a9366004612cc9565b61076e565b6102956103bc366004612b17565b610b34565b6102277f000000000000000000000000000000000000000000000000000000000000000081565b600754610227565b6101dd6103fe366004612b7f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6102275f81565b61022761043b366004612ce9565b610c88565b61022761044e366004612cc9565b610f30565b610227610f4c565b610227601081565b6102d9610471366004612d1f565b6111cf565b610295610484366004612b7f565b611216565b610295610497366004612d83565b61123a565b610227602081565b6102277f000000000000000000000000000000000000000000000000000000000000000081565b6102486104d9366004612cc9565b6114af565b6102277f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e925629281565b6102487f000000000000000000000000000000000000000000000000000000000000000081565b6102956114e2565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105c657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f5f6105d78561166a565b90505f6105e38461168b565b90506105ef82826116da565b8510610640578461060083836116da565b6040517f9ac73563000000000000000000000000000000000000000000000000000000008152600481019290925260248201526044015b60405180910390fd5b61064b8286836116e5565b925050505b9392505050565b5f828152602081905260409020600101546106718161170f565b61067b838361171c565b50505050565b6001600160a01b03811633146106c3576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106cd82826117e1565b505050565b5f6105c66106df8361166a565b611880565b60607f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e92562926107108161170f565b438310610752576040517f64803c0000000000000000000000000000000000000000000000000000000000815260048101849052436024820152604401610637565b610761898989898989896118ac565b9998505050505050505050565b610776611acc565b801580610784575061ffff81115b156107be576040517f1d592c1c00000000000000000000000000000000000000000000000000000000815260048101829052602401610637565b335f9081526001602081905260408220908101549091906a0100000000000000000000900460ff166108d2577f000000000000000000000000000000000000000000000000000000000000000084101561086d576040517fe9f7dbb9000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610637565b506001810180547fffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff166a0100000000000000000000179055826108af83611b54565b8260010160086101000a81548161ffff021916908361ffff1602179055506109fc565b835f0361090b576040517f1789bcf200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600182015468010000000000000000900461ffff16831461097c5760018201546040517f13fba2490000000000000000000000000000000000000000000000000000000081523360048201526801000000000000000090910461ffff16602482015260448101849052606401610637565b600182015467ffffffffffffffff16156109da5760018201546040517f0e62f13700000000000000000000000000000000000000000000000000000000815233600482015267ffffffffffffffff9091166024820152604401610637565b81546109f99085906fffffffffffffffffffffffffffffffff16612de0565b90505b610a0581611b9b565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff91909116178255600780548591905f90610a55908490612de0565b90915550610a9090506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087611bf0565b604080518581526020810183905290810184905233907f7e9d8977e84515b7ad5481040f55a2032ad1e60400aa56c783eda0c5acee58d39060600160405180910390a260018201546b010000000000000000000000900460ff16158015610b1757507f00000000000000000000000000000000000000000000000000000000000000008110155b15610b2657610b263383611c6c565b5050610b30611d33565b5050565b7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e9256292610b5e8161170f565b6001600160a01b0383165f90815260026020908152604080832085845290915281205490819003610b8f5750505050565b6001600160a01b0384165f908152600260209081526040808320868452909152812055610bbb81611b9b565b6001600160a01b0385165f9081526001602052604090208054601090610c0890849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612df3565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555082846001600160a01b03167fdf5af837f66db7762831413c3f9b4c182c93a5aea5d464a102fba9581a9421c083604051610c7a91815260200190565b60405180910390a350505050565b5f7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e9256292610cb38161170f565b610cbb611acc565b6001600160a01b0386165f908152600260209081526040808320888452909152902054808510610ceb5780610ced565b845b9250825f03610cff575f925050610f1f565b6001600160a01b0387165f908152600160205260409020610d208483612e1b565b6001600160a01b0389165f9081526002602090815260408083208b8452909152812091909155610d4f85611b9b565b825490915081908390601090610d8c90849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612df3565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555080825f015f8282829054906101000a90046fffffffffffffffffffffffffffffffff16610def9190612df3565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508460075f828254610e369190612e1b565b9091555050604080518681526020810188905289916001600160a01b038c16917fbaef774b268b677fc8f0c0804153dc964bd3a20df480a75f9507f5248cddafe2910160405180910390a360018201546b010000000000000000000000900460ff168015610ed8575081547f00000000000000000000000000000000000000000000000000000000000000006fffffffffffffffffffffffffffffffff909116105b15610ee757610ee78983611d5d565b610f1b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163387611e0d565b5050505b610f27611d33565b50949350505050565b5f610650610f3d8361168b565b610f468561166a565b906116da565b5f610f55611acc565b335f908152600160208190526040909120908101546a0100000000000000000000900460ff16610fb3576040517fbb8a64e8000000000000000000000000000000000000000000000000000000008152336004820152602401610637565b600181015467ffffffffffffffff165f03610ffc576040517ff9e27268000000000000000000000000000000000000000000000000000000008152336004820152602401610637565b600181015467ffffffffffffffff1642101561105c5760018101546040517f95fc2f7a00000000000000000000000000000000000000000000000000000000815233600482015267ffffffffffffffff9091166024820152604401610637565b805470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16156110eb5780546040517fb55b56b40000000000000000000000000000000000000000000000000000000081523360048201527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff166024820152604401610637565b8054600780546fffffffffffffffffffffffffffffffff909216935083915f90611116908490612e1b565b9091555050335f818152600160208190526040808320928355910180547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169055517f29987a649bd81ab2cee24aa4bc8ba23c0675f970f621cce48d515bf78fb6baca906111879085815260200190565b60405180910390a26111c36001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384611e0d565b506111cc611d33565b90565b60607f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e92562926111fb8161170f565b61120a888888888888436118ac565b98975050505050505050565b5f828152602081905260409020600101546112308161170f565b61067b83836117e1565b7f3403b09320e6f370f0605c77e71fa6612073c5bb939c49f2055dcd73e92562926112648161170f565b6001600160a01b0384165f908152600160208190526040909120908101546a0100000000000000000000900460ff166112d4576040517fbb8a64e80000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610637565b825f0361130d576040517f1789bcf200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80545f90611343906fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169116612df3565b6fffffffffffffffffffffffffffffffff169050808411156113aa576040517ff2d827430000000000000000000000000000000000000000000000000000000081526001600160a01b03871660048201526024810182905260448101859052606401610637565b6113b384611b9b565b825483906010906113eb90849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612e2e565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508360025f886001600160a01b03166001600160a01b031681526020019081526020015f205f8781526020019081526020015f205f8282546114629190612de0565b909155505060405184815285906001600160a01b038816907fa5ae833d0bb1dcd632d98a8b70973e8516812898e19bf27b70071ebc8dc52c019060200160405180910390a3505050505050565b5f6114bc6106df8461166a565b82106114cf57816106006106df8561166a565b610650826114dc8561166a565b90611e3e565b335f908152600160208190526040909120908101546a0100000000000000000000900460ff16611540576040517fbb8a64e8000000000000000000000000000000000000000000000000000000008152336004820152602401610637565b600181015467ffffffffffffffff161561159e5760018101546040517f0e62f13700000000000000000000000000000000000000000000000000000000815233600482015267ffffffffffffffff9091166024820152604401610637565b5f6115c97f000000000000000000000000000000000000000000000000000000000000000042612de0565b90506115d481611e7b565b6001830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9290921691909117905560405181815233907f62a179ea3481642c6ac15f29f35da9003fa1df56e564d1173b42e8643583abc49060200160405180910390a260018201546b010000000000000000000000900460ff1615610b3057610b303383611d5d565b5f8115611683575f8281526003602052604090206105c6565b600492915050565b5f65ffffffffffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610637565b5090565b5f6106508383611eca565b5f8281526001840160205260408120611707906117029084611eca565b611fac565b949350505050565b6117198133611ff8565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166117da575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556117923390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105c6565b505f6105c6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156117da575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105c6565b5f61188a82612063565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1692915050565b60608215806118bb5750601083115b156118fc576040517f2f3b4eb80000000000000000000000000000000000000000000000000000000081526004810184905260106024820152604401610637565b6020841115611941576040517f3d0220d30000000000000000000000000000000000000000000000000000000081526004810185905260206024820152604401610637565b61ffff861115611980576040517f1d592c1c00000000000000000000000000000000000000000000000000000000815260048101879052602401610637565b5f61198a8361168b565b9050865f6119978261166a565b905088158015906119e55750856119e38989808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525086939250889150506120bd565b105b156119f157505f905060045b611a368a8c8a8a808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508795949392508c9150899050612153565b93508a7e60578f4a4fa6a7806d76571539bcac792ef15d4edd48d8816453ffab9c624e8a888b8b8a604051611a6f959493929190612e56565b60405180910390a28a7ff2cf93bf1b92b24f85736d084edfb812425b834a8849f87af4bf35b96d9c23948b84611aa585886116da565b88604051611ab69493929190612eb9565b60405180910390a2505050979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b25576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611b5260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122f7565b565b5f61ffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526010600482015260248101839052604401610637565b5f6fffffffffffffffffffffffffffffffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610637565b6040516001600160a01b03848116602483015283811660448301526064820183905261067b9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506122fe565b6001810180547fffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffff166b010000000000000000000000179081905561ffff68010000000000000000909104165f908152600360205260409020611cce9083612383565b611cd9600483612383565b60018181015460405191825268010000000000000000900461ffff16906001600160a01b038416907fe25c28cbd540db4aae6249e845e6748744e63699b3a78169537902e2b809b959906020015b60405180910390a35050565b611b525f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611b4c565b6001810180547fffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffff169081905568010000000000000000900461ffff165f908152600360205260409020611db0908361243a565b611dbb60048361243a565b60018101546040515f81526801000000000000000090910461ffff16906001600160a01b038416907fe25c28cbd540db4aae6249e845e6748744e63699b3a78169537902e2b809b95990602001611d27565b6040516001600160a01b038381166024830152604482018390526106cd91859182169063a9059cbb90606401611c25565b5f818152600183016020526040812061065090611e5a90612063565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16611fac565b5f67ffffffffffffffff8211156116d657604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610637565b5f5f611ed4845490565b90505f5b600881108015611ee757508115155b15611f6d575f611f0a611f03611efe600186612e1b565b6125b4565b87906125fd565b90508465ffffffffffff16815f015165ffffffffffff1611611f50576020015179ffffffffffffffffffffffffffffffffffffffffffffffffffff1692506105c6915050565b611f5983612ee7565b92505080611f6690612f1b565b9050611ed8565b50805f03611f7e575f9150506105c6565b611f888484612680565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f6001600160a01b038211156116d6576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260a0600482015260248101839052604401610637565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610b30576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610637565b80545f9080156120b5576120898361207c600184612e1b565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610650565b5f9392505050565b5f5f5f5b8451811015612134576120ee868683815181106120e0576120e0612f52565b6020026020010151866126de565b801561211b5750612119858287848151811061210c5761210c612f52565b602002602001015161270b565b155b1561212c5761212982612f1b565b91505b6001016120c1565b508061214086856116da565b61214a9190612e1b565b95945050505050565b60605f6121618886856120bd565b9050838110156121a7576040517f1fe685e90000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610637565b5f6121b289856116da565b90508467ffffffffffffffff8111156121cd576121cd612f7f565b6040519080825280602002602001820160405280156121f6578160200160208202803683370190505b5092505f5f5b868110156122e9575f5f5f5b60088110156122595761221d8d8d8789612764565b915061222885612f1b565b94505f6122368f848c6116e5565b9050612244818d8b886127a5565b15612250579250612259565b50600101612208565b5060015b6001600160a01b0383166122b3575f61228b8f8861227b8587612de0565b6122859190612fd9565b8c6116e5565b9050612299818d8b886127a5565b156122a2578093505b506122ac81612f1b565b905061225d565b50818784815181106122c7576122c7612f52565b6001600160a01b039092166020928302919091019091015250506001016121fc565b505050509695505050505050565b80825d5050565b5f5f60205f8451602086015f885af18061231d576040513d5f823e3d81fd5b50505f513d91508115612334578060011415612341565b6001600160a01b0384163b155b1561067b576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610637565b5f61238d4361168b565b90505f61239984612063565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff165f81815260018601602052604090209091506123db90836001600160a01b03861661280a565b506124159050826123f56123f0846001612de0565b612824565b6001600160a01b0386165f9081526002880160205260409020919061280a565b5061243290508261242a6123f0846001612de0565b86919061280a565b505050505050565b5f6124444361168b565b90505f600161245285612063565b61245c9190612fec565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690505f60016124aa866002015f876001600160a01b03166001600160a01b031681526020019081526020015f20612063565b6124b49190612fec565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169050818114612570575f82815260018601602052604081206124f190612063565b5f838152600188016020526040902090915061250e90858361280a565b5061256c9050846125236123f0856001612de0565b886002015f61254d8679ffffffffffffffffffffffffffffffffffffffffffffffffffff16611fac565b6001600160a01b0316815260208101919091526040015f20919061280a565b5050505b6001600160a01b0384165f908152600286016020526040812061259491859061280a565b50506125ab836125a384612824565b87919061280a565b50505050505050565b5f63ffffffff8211156116d6576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526020600482015260248101839052604401610637565b604080518082019091525f8082526020820152825f018263ffffffff168154811061262a5761262a612f52565b5f9182526020918290206040805180820190915291015465ffffffffffff811682526601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16918101919091529392505050565b81545f908161269185858385612883565b905080156126d4576126a88561207c600184612e1b565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661214a565b5f95945050505050565b6001600160a01b0382165f90815260028401602052604081206127019083611eca565b1515949350505050565b5f5f5b8381101561275a57826001600160a01b031685828151811061273257612732612f52565b60200260200101516001600160a01b031603612752576001915050610650565b60010161270e565b505f949350505050565b6040805160208101869052908101849052606081018390525f908290608001604051602081830303815290604052805190602001205f1c61214a9190612fd9565b5f5f5b84518110156127f457856001600160a01b03168582815181106127cd576127cd612f52565b60200260200101516001600160a01b0316036127ec575f915050611707565b6001016127a8565b5061280083838761270b565b1595945050505050565b5f806128178585856128e2565b915091505b935093915050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff8211156116d6576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d0600482015260248101839052604401610637565b5f5b818310156128da575f6128988484612aa3565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff1611156128c6578092506128d4565b6128d1816001612de0565b93505b50612885565b509392505050565b82545f9081908015612a33575f6128fe8761207c600185612e1b565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612970576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036129bf57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355612a25565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061281c92505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a815291822095519251909316660100000000000002919093161792019190915590508161281c565b5f612ab1600284841861301e565b61065090848416612de0565b5f60208284031215612acd575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610650575f5ffd5b80356001600160a01b0381168114612b12575f5ffd5b919050565b5f5f60408385031215612b28575f5ffd5b612b3183612afc565b946020939093013593505050565b5f5f5f60608486031215612b51575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215612b78575f5ffd5b5035919050565b5f5f60408385031215612b90575f5ffd5b82359150612ba060208401612afc565b90509250929050565b5f5f83601f840112612bb9575f5ffd5b50813567ffffffffffffffff811115612bd0575f5ffd5b6020830191508360208260051b8501011115612bea575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215612c07575f5ffd5b873596506020880135955060408801359450606088013567ffffffffffffffff811115612c32575f5ffd5b612c3e8a828b01612ba9565b989b979a50959895979660808701359660a0013595509350505050565b5f8151808452602084019350602083015f5b82811015612c945781516001600160a01b0316865260209586019590910190600101612c6d565b5093949350505050565b602081525f6106506020830184612c5b565b5f60208284031215612cc0575f5ffd5b61065082612afc565b5f5f60408385031215612cda575f5ffd5b50508035926020909101359150565b5f5f5f5f60808587031215612cfc575f5ffd5b612d0585612afc565b966020860135965060408601359560600135945092505050565b5f5f5f5f5f5f60a08789031215612d34575f5ffd5b863595506020870135945060408701359350606087013567ffffffffffffffff811115612d5f575f5ffd5b612d6b89828a01612ba9565b979a9699509497949695608090950135949350505050565b5f5f5f60608486031215612d95575f5ffd5b612d9e84612afc565b95602085013595506040909401359392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156105c6576105c6612db3565b6fffffffffffffffffffffffffffffffff82811682821603908111156105c6576105c6612db3565b818103818111156105c6576105c6612db3565b6fffffffffffffffffffffffffffffffff81811683821601908111156105c6576105c6612db3565b8581526020810185905260806040820181905281018390525f8460a08301825b86811015612ea4576001600160a01b03612e8f84612afc565b16825260209283019290910190600101612e76565b50606093909301939093525095945050505050565b848152836020820152826040820152608060608201525f612edd6080830184612c5b565b9695505050505050565b5f81612ef557612ef5612db3565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612f4b57612f4b612db3565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612fe757612fe7612fac565b500690565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff82811682821603908111156105c6576105c6612db3565b5f8261302c5761302c612fac565b50049056fea164736f6c634300081c000a' as const;

/** Every deployable contract, by name. */
export const contracts = {
  ClaimParameters: { abi: claimParametersAbi, bytecode: claimParametersBytecode },
  ClaimsManager: { abi: claimsManagerAbi, bytecode: claimsManagerBytecode },
  FraudReports: { abi: fraudReportsAbi, bytecode: fraudReportsBytecode },
  HintHelpers: { abi: hintHelpersAbi, bytecode: hintHelpersBytecode },
  MutualPool: { abi: mutualPoolAbi, bytecode: mutualPoolBytecode },
  PrevrandaoSource: { abi: prevrandaoSourceAbi, bytecode: prevrandaoSourceBytecode },
  TestStablecoin: { abi: testStablecoinAbi, bytecode: testStablecoinBytecode },
  TimelockController: { abi: timelockControllerAbi, bytecode: timelockControllerBytecode },
  VrfSource: { abi: vrfSourceAbi, bytecode: vrfSourceBytecode },
  WitnessAssignments: { abi: witnessAssignmentsAbi, bytecode: witnessAssignmentsBytecode },
  WitnessRegistry: { abi: witnessRegistryAbi, bytecode: witnessRegistryBytecode },
} as const;
